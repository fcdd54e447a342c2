package nl.simon.factuursturen.emulator.request;

/**
 * An API answer other than success, raised where it is found and written once by the HTTP layer as a
 * short plain-text message (docs/factuursturen-api.md, Decisions: validation errors are 400 + plain text).
 */
public final class ApiFailure extends RuntimeException {

    private final int status;

    private ApiFailure(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static ApiFailure rejected(String message) {
        return new ApiFailure(400, message);
    }

    public static ApiFailure notFound(String message) {
        return new ApiFailure(404, message);
    }

    public static ApiFailure methodNotAllowed(String method, String path) {
        return new ApiFailure(405, "Method " + method + " is not allowed on " + path);
    }

    public static ApiFailure unsupportedMediaType(String contentType) {
        return new ApiFailure(
                415,
                "Unsupported content type " + contentType
                        + "; send application/json or application/x-www-form-urlencoded");
    }

    public int status() {
        return status;
    }
}
