package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** HTTP Basic per account (docs/factuursturen-api.md §1.2) and the hourly quota with {@code X-RateLimit-Remaining} (§1.5, §7.8, decisions). */
class AuthAndQuotaIT extends AgainstEmulator {

    private static final String REMAINING = "X-RateLimit-Remaining";

    @Test
    void request_without_credentials_is_401() {
        HttpResponse<String> response = new RawHttp(emulator.baseUrl()).get("clients");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"FactuurSturen API\"");
        assertThat(response.headers().firstValue(REMAINING)).hasValue("2000"); // issue 18: on every answer
    }

    @Test
    void wrong_api_key_is_401_and_costs_no_call() {
        HttpResponse<String> response =
                new RawHttp(emulator.baseUrl()).as(USERNAME, "wrong").get("clients");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("Unauthorized: wrong username or API key");
        assertThat(response.headers().firstValue(REMAINING)).hasValue("2000");
        assertThat(account.remainingCalls()).isEqualTo(2000);
    }

    @Test
    void unknown_username_is_401() {
        assertThat(new RawHttp(emulator.baseUrl())
                        .as("other", API_KEY)
                        .get("clients")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void every_answer_carries_the_remaining_calls_of_this_hour() {
        assertThat(http.get("clients").headers().firstValue(REMAINING)).hasValue("1999");
        assertThat(http.postJson("clients", "{}").headers().firstValue(REMAINING))
                .hasValue("1998");
        assertThat(http.get("clients/9").headers().firstValue(REMAINING)).hasValue("1997");
        assertThat(http.postJson("clients", "{\"top\":\"x\"}").headers().firstValue(REMAINING))
                .hasValue("1996");
        assertThat(http.delete("clients/1").headers().firstValue(REMAINING)).hasValue("1995");
    }

    @Test
    void spent_quota_is_403_with_remaining_0_until_the_next_clock_hour() {
        emulator.createAccount("small", "small-key", 3);
        RawHttp small = new RawHttp(emulator.baseUrl()).as("small", "small-key");
        clock.set(Instant.parse("2025-03-10T09:59:00Z"));
        for (int i = 2; i >= 0; i--) {
            HttpResponse<String> allowed = small.get("clients");
            assertThat(allowed.statusCode()).isEqualTo(200);
            assertThat(allowed.headers().firstValue(REMAINING)).hasValue(Integer.toString(i));
        }

        HttpResponse<String> refused = small.get("clients");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue(REMAINING)).hasValue("0");
        assertThat(refused.body()).isEqualTo("API call limit for this hour reached");
        assertThat(small.postJson("clients", "{}").statusCode()).isEqualTo(403);
        assertThat(emulator.account("small").orElseThrow().count("clients")).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(small.get("clients").headers().firstValue(REMAINING)).hasValue("2");
    }

    @Test
    void quota_is_per_account() {
        emulator.createAccount("small", "small-key", 1);
        RawHttp small = new RawHttp(emulator.baseUrl()).as("small", "small-key");
        small.get("clients");

        assertThat(small.get("clients").statusCode()).isEqualTo(403);
        assertThat(http.get("clients").statusCode()).isEqualTo(200);
    }

    @Test
    void accounts_do_not_see_each_others_data() {
        http.postJson("clients", "{\"company\":\"Van acme\"}");
        emulator.createAccount("other", "other-key");

        RawHttp other = new RawHttp(emulator.baseUrl()).as("other", "other-key");

        assertThat(other.get("clients").body()).isEqualTo("[]");
        assertThat(other.get("clients/1").statusCode()).isEqualTo(404);
    }

    @Test
    void asking_for_xml_only_is_406_because_the_emulator_speaks_json() {
        HttpResponse<String> response = RawHttp.send(
                http.request("clients").setHeader("Accept", "application/xml").GET());

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(RawHttp.send(http.request("clients")
                                .setHeader("Accept", "*/*")
                                .GET())
                        .statusCode())
                .isEqualTo(200);
    }
}
