package nl.simon.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An office user logged in to the web UI over plain HTTP (form login with its CSRF token), for page checks without a browser. */
public final class WebSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final int port;

    private WebSession(int port) {
        this.port = port;
    }

    public static WebSession login(int port, String email, String password) {
        WebSession session = new WebSession(port);
        Matcher token = CSRF.matcher(session.page("/login"));
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the login page");
        }
        String form =
                "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> answer = session.send(HttpRequest.newBuilder(session.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.statusCode() != 302
                || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("login failed: " + answer.statusCode() + " "
                    + answer.headers().map());
        }
        return session;
    }

    /** The HTML of a page (200 expected), in Dutch unless the browser asks otherwise. */
    public String page(String path) {
        HttpResponse<String> answer = open(path);
        if (answer.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + answer.statusCode());
        }
        return answer.body();
    }

    /** GET {@code path} as a browser asks for a page, without following a redirect: any status. */
    public HttpResponse<String> open(String path) {
        return send(
                HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
    }

    /**
     * Sends a form as the browser would from {@code fromPage} (its CSRF token, Referer), without following
     * the redirect: the answer's status and {@code Location} tell where it went. Each field is
     * {@code name=value}, in order, so a name may repeat.
     */
    public HttpResponse<String> submit(String fromPage, String action, java.util.List<String> fields) {
        Matcher token = CSRF.matcher(page(fromPage));
        if (!token.find()) {
            throw new AssertionError("no CSRF token on " + fromPage);
        }
        StringBuilder form = new StringBuilder("_csrf=" + encode(token.group(1)));
        for (String field : fields) {
            int equals = field.indexOf('=');
            form.append('&')
                    .append(encode(field.substring(0, equals)))
                    .append('=')
                    .append(encode(field.substring(equals + 1)));
        }
        return send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", uri(fromPage).toString())
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
