package nl.simon.factuursturen.client;

/** FactuurSturen refused this request (400 and other 4xx); {@link #body()} holds its message for the user. */
public final class Rejected extends FactuurSturenException {
    Rejected(String method, String path, int status, String body) {
        super(method, path, status, body, trim(body).isEmpty() ? "rejected" : trim(body), null);
    }

    /** FactuurSturen's own words, as shown to the user. */
    public String reason() {
        return body().isEmpty() ? "HTTP " + status() : body();
    }
}
