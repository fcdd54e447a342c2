package nl.simon.factuursturen.client;

/** 401: the username or API key is wrong, or the key was deactivated in FactuurSturen. */
public final class Unauthorized extends FactuurSturenException {
    Unauthorized(String method, String path, int status, String body) {
        super(method, path, status, body, "username or API key not accepted", null);
    }
}
