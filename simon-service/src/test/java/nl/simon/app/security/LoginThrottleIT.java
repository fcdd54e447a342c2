package nl.simon.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.simon.testing.LoginThrottleTime;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestDatabase;
import nl.simon.testing.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Password guessing is throttled per account and per client address: after 5 failures for an account
 * (20 from an address) further attempts are refused without checking the password, the API with 429 and
 * {@code Retry-After}, the login form with a message to wait; after the wait the right password works. The
 * operator's token is guessed the same way, on the operator API (bearer) and the operator's login page: counted per
 * address only (any name goes with the one token).
 * Each test comes from an address of its own ({@code X-Forwarded-For}, trusted from loopback).
 */
@SimonIT
class LoginThrottleIT {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Part of every wrong operator token the tests send: no log line may show it. */
    private static final String TOKEN_GUESS = "geraden-token-" + UUID.randomUUID();

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Autowired
    LoginThrottleTime time;

    final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void listen() {
        time.freeze();
        log.start();
        ((Logger) LoggerFactory.getLogger("nl.simon.app.security.LoginThrottle")).addAppender(log);
    }

    @AfterEach
    void stopListening() {
        time.thaw();
        ((Logger) LoggerFactory.getLogger("nl.simon.app.security.LoginThrottle")).detachAppender(log);
    }

    @Test
    void wrong_basic_logins_for_one_account_are_refused_with_429_until_the_wait_is_over_and_the_log_says_so()
            throws Exception {
        TestTenants.TestTenant tenant = tenants.create();
        String ip = ip();
        for (int i = 0; i < 5; i++) {
            assertThat(api(ip, tenant.adminEmail(), "fout-wachtwoord-" + i, null)
                            .statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> refused = api(ip, tenant.adminEmail(), "fout-wachtwoord-6", null);
        HttpResponse<String> rightButRefused = api(ip, tenant.adminEmail(), tenant.password(), null);
        HttpResponse<String> inEnglish = api(ip, tenant.adminEmail(), tenant.password(), "en");

        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        JsonNode body = JSON.readTree(refused.body());
        assertThat(body.path("error").asString()).isEqualTo("too_many_login_attempts");
        assertThat(body.path("message").asString()).contains("Wacht " + retryAfter + " seconden");
        assertThat(rightButRefused.statusCode()).isEqualTo(429);
        assertThat(JSON.readTree(inEnglish.body()).path("message").asString()).startsWith("Too many failed login");
        assertThat(log.list)
                .anySatisfy(line -> assertThat(line.getFormattedMessage())
                        .contains("login throttled")
                        .contains(tenant.adminEmail().toLowerCase()));
        assertThat(log.list)
                .allSatisfy(line -> assertThat(line.getFormattedMessage()).doesNotContain("fout-wachtwoord"));

        time.advance(Duration.ofSeconds(retryAfter));

        assertThat(api(ip, tenant.adminEmail(), tenant.password(), null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void the_login_form_says_to_wait_after_too_many_wrong_passwords_and_the_right_one_works_after_the_wait()
            throws Exception {
        TestTenants.TestTenant tenant = tenants.create();
        Browser browser = new Browser(ip());
        for (int i = 0; i < 5; i++) {
            assertThat(browser.login(tenant.officeEmail(), "fout-" + i)).endsWith("/login?error");
        }

        String throttled = browser.login(tenant.officeEmail(), "fout-6");
        String rightButThrottled = browser.login(tenant.officeEmail(), tenant.password());

        assertThat(throttled).contains("/login?throttled=");
        assertThat(rightButThrottled).contains("/login?throttled=");
        long seconds = Long.parseLong(throttled.substring(throttled.indexOf('=') + 1));
        assertThat(browser.get("/login?throttled=" + seconds).body())
                .contains("Te veel mislukte inlogpogingen. Wacht " + seconds + " seconden");

        time.advance(Duration.ofSeconds(seconds));

        assertThat(browser.login(tenant.officeEmail(), tenant.password())).endsWith("/work-orders");
    }

    @Test
    void twenty_failures_from_one_address_refuse_every_account_from_that_address_only() throws Exception {
        TestTenants.TestTenant tenant = tenants.create();
        String ip = ip();
        for (int i = 0; i < 20; i++) {
            assertThat(api(ip, "onbekend-" + i + "-" + UUID.randomUUID() + "@x.nl", "raden", null)
                            .statusCode())
                    .isEqualTo(401);
        }

        assertThat(api(ip, tenant.adminEmail(), tenant.password(), null).statusCode())
                .isEqualTo(429);
        assertThat(api(ip(), tenant.adminEmail(), tenant.password(), null).statusCode())
                .isEqualTo(200);
        assertThat(log.list)
                .anySatisfy(line -> assertThat(line.getFormattedMessage())
                        .contains("login throttled")
                        .contains("address " + ip));
    }

    @Test
    void wrong_operator_tokens_count_per_address_and_the_twentieth_refuses_the_operator_api_with_429_there_only()
            throws Exception {
        String ip = ip();
        String right = "Bearer " + TestDatabase.OPERATOR_TOKEN;
        for (int i = 0; i < 19; i++) {
            assertThat(call(ip, "/api/operator/tenants", "Bearer raden-" + i + "-" + TOKEN_GUESS, null)
                            .statusCode())
                    .isEqualTo(401);
        }
        assertThat(call(ip, "/api/operator/tenants", right, null).statusCode())
                .as("the right token before the limit")
                .isEqualTo(200);
        assertThat(call(ip, "/api/operator/tenants", "Bearer raden-20-" + TOKEN_GUESS, null)
                        .statusCode())
                .isEqualTo(401);

        HttpResponse<String> refused = call(ip, "/api/operator/tenants", right, null);
        HttpResponse<String> inEnglish = call(ip, "/api/operator/tenants", right, "en");

        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        JsonNode body = JSON.readTree(refused.body());
        assertThat(body.path("error").asString()).isEqualTo("too_many_login_attempts");
        assertThat(body.path("message").asString())
                .isEqualTo("Te veel mislukte pogingen met het beheerderstoken vanaf dit adres. Wacht " + retryAfter
                        + " seconden en probeer het dan opnieuw.");
        assertThat(JSON.readTree(inEnglish.body()).path("message").asString())
                .startsWith("Too many failed attempts with the operator token");
        assertThat(call(ip(), "/api/operator/tenants", right, null).statusCode())
                .as("another address")
                .isEqualTo(200);
        assertThat(log.list)
                .anySatisfy(line -> assertThat(line.getFormattedMessage())
                        .contains("login throttled")
                        .contains("address " + ip));
        assertThat(log.list)
                .allSatisfy(line -> assertThat(line.getFormattedMessage())
                        .doesNotContain(TOKEN_GUESS)
                        .doesNotContain(TestDatabase.OPERATOR_TOKEN));

        time.advance(Duration.ofSeconds(retryAfter));

        assertThat(call(ip, "/api/operator/tenants", right, null).statusCode()).isEqualTo(200);
    }

    @Test
    void the_operator_login_page_says_to_wait_after_twenty_wrong_tokens_from_one_address() throws Exception {
        Browser browser = new Browser(ip());
        for (int i = 0; i < 19; i++) {
            assertThat(browser.operatorLogin("Piet " + i, "raden-" + i + "-" + TOKEN_GUESS))
                    .endsWith("/operator/login?error");
        }
        assertThat(new Browser(browser.ip).operatorLogin("Piet", TestDatabase.OPERATOR_TOKEN))
                .as("the right token before the limit")
                .endsWith("/operator");
        assertThat(browser.operatorLogin("Piet", "raden-20-" + TOKEN_GUESS)).endsWith("/operator/login?error");

        String throttled = browser.operatorLogin("Piet", TestDatabase.OPERATOR_TOKEN);

        assertThat(throttled).contains("/operator/login?throttled=");
        long seconds = Long.parseLong(throttled.substring(throttled.indexOf('=') + 1));
        assertThat(seconds).isBetween(1L, 60L);
        assertThat(browser.get("/operator/login?throttled=" + seconds).body())
                .contains("Te veel mislukte inlogpogingen vanaf dit adres. Wacht " + seconds + " seconden");
        assertThat(new Browser(ip()).operatorLogin("Piet", TestDatabase.OPERATOR_TOKEN))
                .as("another address")
                .endsWith("/operator");
        assertThat(log.list)
                .anySatisfy(line -> assertThat(line.getFormattedMessage())
                        .contains("login throttled")
                        .contains("address " + browser.ip));
        assertThat(log.list)
                .allSatisfy(line -> assertThat(line.getFormattedMessage())
                        .doesNotContain(TOKEN_GUESS)
                        .doesNotContain(TestDatabase.OPERATOR_TOKEN));

        time.advance(Duration.ofSeconds(seconds));

        assertThat(browser.operatorLogin("Piet", TestDatabase.OPERATOR_TOKEN)).endsWith("/operator");
    }

    private static String ip() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }

    private HttpResponse<String> api(String ip, String email, String password, String language) throws Exception {
        return call(
                ip,
                "/api/integration",
                "Basic "
                        + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)),
                language);
    }

    private HttpResponse<String> call(String ip, String path, String authorization, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json")
                .header("X-Forwarded-For", ip)
                .header("Authorization", authorization);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A browser at one client address: a session cookie, the login page's CSRF token, the form. */
    private final class Browser {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final String ip;

        Browser(String ip) {
            this.ip = ip;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Accept", "text/html")
                            .header("X-Forwarded-For", ip)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Sends the login form; answers where it leads. */
        String login(String email, String password) throws Exception {
            return submit("/login", "username", email, "password", password);
        }

        /** Sends the operator's login form; answers where it leads. */
        String operatorLogin(String name, String token) throws Exception {
            return submit("/operator/login", "name", name, "token", token);
        }

        private String submit(String page, String userField, String user, String secretField, String secret)
                throws Exception {
            Matcher token = CSRF.matcher(get(page).body());
            assertThat(token.find()).as("CSRF token on " + page).isTrue();
            String form = userField + "=" + encode(user) + "&" + secretField + "=" + encode(secret) + "&_csrf="
                    + encode(token.group(1));
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-Forwarded-For", ip)
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(302);
            return answer.headers().firstValue("Location").orElseThrow();
        }

        private String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
