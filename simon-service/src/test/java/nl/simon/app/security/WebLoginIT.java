package nl.simon.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.simon.testing.SimonIT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The web UI's doors: login first, and a form sent after the session expired leads back to login. */
@SimonIT
class WebLoginIT {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void pages_ask_for_login_first() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/work-orders"))
                .header("Accept", "text/html")
                .GET());

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(send(HttpRequest.newBuilder(uri("/login")).GET()).body()).contains("name=\"_csrf\"");
    }

    @Test
    void a_form_sent_with_an_expired_session_leads_to_login_with_an_explanation() throws Exception {
        HttpResponse<String> expired = send(HttpRequest.newBuilder(uri("/work-orders"))
                .header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("description=Lekkage&_csrf=stale")));

        assertThat(expired.statusCode()).isEqualTo(302);
        assertThat(expired.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
        assertThat(send(HttpRequest.newBuilder(uri("/login?expired")).GET()).body())
                .contains("sessie was verlopen");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
