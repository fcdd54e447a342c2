package nl.simon.factuursturen.emulator.api;

/** What the API answers; failures travel as {@link nl.simon.factuursturen.emulator.request.ApiFailure}. */
public sealed interface Answer {

    int status();

    /** A JSON body (lists, wrapped single objects). */
    record Json(int status, byte[] body) implements Answer {}

    /** A plain-text body: the bare id of a create (201), or an error message. */
    record Text(int status, String body) implements Answer {}

    /** Raw bytes of another type: the invoice PDF. */
    record Binary(int status, String contentType, byte[] body) implements Answer {}

    /** No body: PUT and DELETE (200), a payment (201). */
    record Empty(int status) implements Answer {}

    /** POST → 201 with the new identifier as bare text (docs/factuursturen-api.md §1.4, §7.6). */
    static Answer created(String id) {
        return new Text(201, id);
    }

    static Answer done() {
        return new Empty(200);
    }
}
