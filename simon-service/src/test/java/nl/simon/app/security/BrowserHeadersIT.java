package nl.simon.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.simon.testing.SimonIT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser-grade headers: pages send a Content-Security-Policy and a Referrer-Policy, the session cookie
 * is SameSite=Lax and HttpOnly; behind a TLS-terminating proxy ({@code X-Forwarded-Proto: https}) the
 * cookie is Secure, HSTS is sent and redirects stay on https.
 */
@SimonIT
class BrowserHeadersIT {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void pages_send_a_content_security_policy_a_referrer_policy_and_a_same_site_session_cookie() throws Exception {
        HttpResponse<String> login = get("/login", false);
        HttpResponse<String> missing = get("/geen-pagina", false);

        for (HttpResponse<String> page : List.of(login, missing)) {
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'")
                            .contains("frame-ancestors 'none'")
                            .contains("object-src 'none'")
                            .doesNotContain("unsafe-inline"));
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        // scripts come from files only (the CSP allows no inline script); no inline styles
        assertThat(login.body())
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
                .doesNotContain("style=\"");
        assertThat(sessionCookie(login))
                .contains("SameSite=Lax")
                .contains("HttpOnly")
                .doesNotContain("Secure");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behind_a_tls_terminating_proxy_cookies_are_secure_hsts_is_sent_and_redirects_stay_on_https() throws Exception {
        HttpResponse<String> login = get("/login", true);
        HttpResponse<String> page = get("/work-orders", true);

        assertThat(sessionCookie(login)).contains("Secure").contains("SameSite=Lax");
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location)
                        .endsWith("/login")
                        .satisfiesAnyOf(
                                l -> assertThat(l).startsWith("https://"),
                                l -> assertThat(l).startsWith("/")));
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie in " + response.headers().map()));
    }

    private HttpResponse<String> get(String path, boolean behindTlsProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html");
        if (behindTlsProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "192.0.2.10");
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
