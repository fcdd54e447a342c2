package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 2: every answer under {@code /api/v1/} carries {@code X-RateLimit-Remaining} (the Python
 * client reads it on every answer, before the status, and crashed with a KeyError on a 401).
 */
class RateLimitHeaderIT extends AgainstEmulator {

    private static final String REMAINING = "X-RateLimit-Remaining";

    @Test
    void a_401_carries_the_header_for_known_unknown_and_missing_credentials() {
        RawHttp anonymous = new RawHttp(emulator.baseUrl());
        assertRemaining(anonymous.get("clients"), 401, "2000");
        assertRemaining(anonymous.as("nobody", "x").get("clients"), 401, "2000");
        assertRemaining(anonymous.as(USERNAME, "wrong").get("clients"), 401, "2000");
        assertRemaining(anonymous.get("no-such-resource"), 401, "2000");
    }

    @Test
    void error_answers_404_405_400_and_403_carry_the_header() {
        assertRemaining(http.get("klanten"), 404, "1999");
        assertRemaining(http.get("clients/99"), 404, "1998");
        assertRemaining(http.putJson("clients", "{}"), 405, "1997");
        assertRemaining(http.postJson("clients", "{\"top\":\"x\"}"), 400, "1996");
        assertRemaining(http.postJson("clients", "{not json"), 400, "1995");
        assertRemaining(http.get(""), 404, "1994");

        emulator.createAccount("small", "small-key", 1);
        RawHttp small = new RawHttp(emulator.baseUrl()).as("small", "small-key");
        assertRemaining(small.get("clients"), 200, "0");
        assertRemaining(small.get("clients"), 403, "0");
    }

    private static void assertRemaining(HttpResponse<String> response, int status, String remaining) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue(REMAINING)).hasValue(remaining);
    }
}
