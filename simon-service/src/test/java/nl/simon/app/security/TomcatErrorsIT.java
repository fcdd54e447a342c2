package nl.simon.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import nl.simon.testing.SimonIT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests Tomcat answers itself, before Spring (a NUL or an encoded slash in the path, an over-long
 * request line, a body too large): under {@code /api/**} the answer is in the API's error shape, not
 * Tomcat's HTML page. Sent over a raw socket, exactly as a hostile client would.
 */
@SimonIT
class TomcatErrorsIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void a_nul_or_an_encoded_slash_in_an_api_path_is_answered_in_the_error_shape() throws Exception {
        for (String path :
                new String[] {"/api/customers/%00", "/api/customers/1%2F2", "/api/work-orders/1/%00/complete"}) {
            assertErrorShape(
                    path, raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 400);
        }
    }

    @Test
    void an_over_long_url_or_headers_are_answered_in_the_error_shape() throws Exception {
        String longPath = "/api/customers?q=" + "x".repeat(20_000);
        String longHeader = "X-Lang: " + "y".repeat(20_000);

        assertErrorShape(
                "long url", raw("GET " + longPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 400);
        assertErrorShape(
                "long header",
                raw("GET /api/customers HTTP/1.1\r\nHost: localhost\r\n" + longHeader
                        + "\r\nConnection: close\r\n\r\n"),
                400);
    }

    @Test
    void a_form_body_too_large_for_tomcat_is_answered_in_the_error_shape() throws Exception {
        String form = "description=" + "x".repeat(3 * 1024 * 1024);
        for (String contentType :
                new String[] {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x"}) {
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(
                                            java.net.URI.create("http://127.0.0.1:" + port + "/api/work-orders"))
                                    .header("Content-Type", contentType)
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(contentType).isBetween(400, 499);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(JSON.readTree(answer.body()).path("error").asString()).isNotBlank();
        }
    }

    @Test
    void an_answer_in_english_on_request() throws Exception {
        String answer = raw("GET /api/customers/%00 HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(body(answer).path("message").asString()).isEqualTo("The request is invalid.");
    }

    private static void assertErrorShape(String what, String answer, int lowestStatus) {
        String statusLine = answer.substring(0, answer.indexOf("\r\n"));
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        assertThat(status).as(what + ": " + statusLine).isBetween(lowestStatus, 499);
        assertThat(head(answer).toLowerCase()).as(what).contains("content-type: application/json");
        JsonNode body = body(answer);
        assertThat(body.path("error").asString()).as(what + ": " + answer).isNotBlank();
        assertThat(body.path("message").asString()).as(what).isNotBlank();
        assertThat(answer).as(what).doesNotContain("<html").doesNotContain("Tomcat");
    }

    private static String head(String answer) {
        return answer.substring(0, answer.indexOf("\r\n\r\n"));
    }

    private static JsonNode body(String answer) {
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        if (head(answer).toLowerCase().contains("transfer-encoding: chunked")) {
            body = dechunk(body);
        }
        return JSON.readTree(body);
    }

    private static String dechunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int read; (read = in.read(buffer)) != -1; ) {
                    answer.write(buffer, 0, read);
                }
            } catch (java.net.SocketException reset) {
                // Tomcat may close hard after answering a request it refused; what came is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
