package nl.simon.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.simon.testing.SimonIT;
import nl.simon.testing.Sweeps;
import nl.simon.testing.Sweeps.Rows;
import nl.simon.testing.TestDatabase;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The office's and the operator's <em>pages</em> against hostile input, as {@code HostileInputSweepIT} does for the
 * REST API: every page and form handler the application has (read from Spring's own mappings, so a page added later
 * is swept without editing this test) gets, as the admin and an office user of one company, another company's admin,
 * the operator and nobody: its plain request, another company's ids, hostile ids in every path variable, every form
 * field and query parameter missing, repeated and replaced by hostile values (text where a number belongs, numbers
 * too big for any type, NUL, 100,000 characters, dates that do not exist, markup), a form without its CSRF token, a
 * Referer of another site and the methods it does not take. It fails on any 5xx, on Spring's own error page or a
 * stack trace in an answer, on a redirect to another site, and on any change to a third company's rows. Seeded, so
 * every run sends the same requests.
 */
@SimonIT
class WebFormSweepIT {
    private static final long SEED = 17;
    private static final int MUTATIONS_PER_FIELD = 5;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::([^}]*))?}");
    private static final String HUGE = "x".repeat(100_000);
    private static final List<String> BAD_IDS =
            List.of("abc", "-1", "0", "99999999999999999999", "9223372036854775807", "1.5", "1e3", "%20", "%00");
    private static final List<String> HOSTILE_VALUES = List.of(
            "",
            "   ",
            "abc",
            "-1",
            "0",
            "99999999999999999999",
            "1e1000000",
            "1,5",
            "NaN",
            "-Infinity",
            "\u0000",
            HUGE,
            "<script>alert(1)</script>",
            "2026-13-45T25:61",
            "+999999999-01-01T08:00",
            "%",
            "' OR 1=1 --",
            "\uD800");
    /** Paths whose handler changes much: swept after the rest, so the rest still finds the rows it needs. */
    private static final List<String> LATE =
            List.of("delete", "archive", "complete", "wipe", "deactivate", "activate", "connect", "operator");

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

    @Test
    void no_page_or_form_answers_hostile_input_with_a_5xx_a_stack_trace_or_another_site_or_touches_another_company() {
        TestTenant attacker = tenants.create();
        TestTenant victim = tenants.create();
        TestTenant other = tenants.create();
        Rows own = Sweeps.seed(tenants, jdbc, attacker);
        Rows foreign = Sweeps.seed(tenants, jdbc, victim);
        Session admin = Session.office("admin", port, attacker.adminEmail(), attacker.password());
        List<Session> office = List.of(
                admin,
                Session.office("office user", port, attacker.officeEmail(), attacker.password()),
                Session.office("other company's admin", port, other.adminEmail(), other.password()),
                Session.anonymous(port));
        Session operatorSession = Session.operator(port);
        List<Session> operators = List.of(operatorSession, admin, Session.anonymous(port));
        String before = Sweeps.snapshot(jdbc, victim.tenant().id().value());
        long started = System.nanoTime();

        List<Handler> handlers = handlers();
        assertThat(handlers).as("page and form handlers").hasSizeGreaterThan(30);
        for (Handler handler : handlers) {
            boolean operatorPage = handler.path().startsWith("/operator");
            sweep(handler, operatorPage ? operators : office, own, foreign);
        }
        Map<String, Set<String>> methodsByPath = new LinkedHashMap<>();
        handlers.forEach(h ->
                methodsByPath.computeIfAbsent(h.path(), path -> new TreeSet<>()).add(h.method()));
        methodsByPath.forEach((path, declared) -> {
            for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
                if (!declared.contains(method)) {
                    Session who = path.startsWith("/operator") ? operatorSession : admin;
                    check("wrong method", who, method, fill(path, own), Map.of(), who.csrf(), null);
                }
            }
        });

        // the sessions lasted: every request above was answered as the one it claims to be from
        assertThat(admin.send("GET", "/work-orders", Map.of(), null, null).statusCode())
                .as("the admin's session after the sweep")
                .isEqualTo(200);
        assertThat(operatorSession
                        .send("GET", "/operator", Map.of(), null, null)
                        .statusCode())
                .as("the operator's session after the sweep")
                .isEqualTo(200);
        System.out.printf(
                "WebFormSweepIT: %d handlers, %d requests in %.1f s (answers by status: %s), %d failures%n",
                handlers.size(), requests, (System.nanoTime() - started) / 1e9, statuses, failures.size());
        assertThat(failures)
                .as("answers that are a 5xx, an error page of Spring's, a stack trace or another site (first 40)")
                .isEmpty();
        assertThat(Sweeps.snapshot(jdbc, victim.tenant().id().value()))
                .as("the other company's rows")
                .isEqualTo(before);
    }

    private void sweep(Handler handler, List<Session> who, Rows own, Rows foreign) {
        Session first = who.get(0);
        String ownPath = fill(handler.path(), own);
        Map<String, List<String>> plain = new LinkedHashMap<>();
        handler.fields().forEach((name, type) -> plain.put(name, List.of(plausible(name, type, own))));
        for (Session session : who) {
            check("plain", session, handler.method(), ownPath, plain, session.csrf(), null);
            check("foreign ids", session, handler.method(), fill(handler.path(), foreign), plain, session.csrf(), null);
        }
        Matcher variables = VARIABLE.matcher(handler.path());
        while (variables.find()) {
            for (String bad : BAD_IDS) {
                String path = handler.path().substring(0, variables.start())
                        + bad
                        + handler.path().substring(variables.end());
                check("id " + bad, pick(who), handler.method(), fill(path, own), plain, first.csrf(), null);
            }
        }
        for (String field : handler.fields().keySet()) {
            Map<String, List<String>> missing = new LinkedHashMap<>(plain);
            missing.remove(field);
            check("field " + field + " missing", first, handler.method(), ownPath, missing, first.csrf(), null);
            Map<String, List<String>> twice = new LinkedHashMap<>(plain);
            twice.put(field, List.of(plain.get(field).get(0), "2"));
            check("field " + field + " twice", first, handler.method(), ownPath, twice, first.csrf(), null);
            List<String> values = new ArrayList<>(HOSTILE_VALUES);
            for (int i = 0; i < MUTATIONS_PER_FIELD && !values.isEmpty(); i++) {
                String value = values.remove(random.nextInt(values.size()));
                Map<String, List<String>> changed = new LinkedHashMap<>(plain);
                changed.put(field, List.of(value));
                check(
                        "field " + field + " = " + shorten(value),
                        i == 0 ? first : pick(who),
                        handler.method(),
                        ownPath,
                        changed,
                        first.csrf(),
                        null);
            }
        }
        if (handler.method().equals("POST")) {
            check("no CSRF token", first, "POST", ownPath, plain, null, null);
            check("another site's Referer", first, "POST", ownPath, plain, first.csrf(), "http://evil.example/x");
            check("a Referer that is no address", first, "POST", ownPath, plain, first.csrf(), "http://[::1");
        }
    }

    private Session pick(List<Session> who) {
        return who.get(random.nextInt(who.size()));
    }

    /** Sends one request and records what is wrong with its answer. */
    private void check(
            String variant,
            Session session,
            String method,
            String path,
            Map<String, List<String>> fields,
            String csrf,
            String referer) {
        HttpResponse<String> answer = session.send(method, path, fields, csrf, referer);
        requests++;
        statuses.merge(answer.statusCode(), 1, Integer::sum);
        String problem = problem(answer);
        if (problem != null && failures.size() >= 40) {
            failures.add(problem);
        } else if (problem != null) {
            failures.add(method + " " + shorten(path) + " [" + variant + ", " + session.name() + "] → "
                    + answer.statusCode() + " " + problem + ": " + shorten(answer.body()));
        }
    }

    private String problem(HttpResponse<String> answer) {
        String body = answer.body();
        if (answer.statusCode() >= 500) {
            return "5xx";
        }
        if (body.contains("Whitelabel Error Page")) {
            return "Spring's own error page";
        }
        if (body.contains("Exception:") || body.contains("at nl.simon.") || body.contains("at org.springframework.")) {
            return "a stack trace";
        }
        String location = answer.headers().firstValue("Location").orElse(null);
        if (location != null
                && !(location.startsWith("/") && !location.startsWith("//"))
                && !location.startsWith("http://127.0.0.1:" + port + "/")
                && !location.startsWith("http://localhost:" + port + "/")) {
            return "redirect to " + location;
        }
        return null;
    }

    // What the application has

    /** One page or form: method, path (its variables as Spring writes them), and its form fields or query parameters. */
    record Handler(String method, String path, Map<String, Class<?>> fields) {}

    private List<Handler> handlers() {
        List<Handler> handlers = new ArrayList<>();
        DefaultParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            HandlerMethod method = entry.getValue();
            Class<?> type = method.getBeanType();
            if (!type.getName().startsWith("nl.simon.")
                    || AnnotatedElementUtils.hasAnnotation(type, RestController.class)
                    || AnnotatedElementUtils.hasAnnotation(
                            method.getMethod(), org.springframework.web.bind.annotation.ResponseBody.class)) {
                continue;
            }
            Map<String, Class<?>> fields = new LinkedHashMap<>();
            for (MethodParameter parameter : method.getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (param == null) {
                    continue;
                }
                if (Map.class.isAssignableFrom(parameter.getParameterType())) {
                    SettingsForm.FIELDS.forEach(field -> fields.put(field, String.class));
                    continue;
                }
                parameter.initParameterNameDiscovery(names);
                String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                fields.put(name, parameter.getParameterType());
            }
            // a mapping's "params" condition (e.g. the settings form's "check" button) is a field it needs
            entry.getKey().getParamsCondition().getExpressions().forEach(expression -> {
                if (!expression.isNegated()) {
                    fields.putIfAbsent(expression.getName(), String.class);
                }
            });
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                for (String path : expand(pattern)) {
                    for (RequestMethod each : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        handlers.add(new Handler(each.name(), path, fields));
                    }
                }
            }
        }
        handlers.sort(Comparator.comparing((Handler h) -> !h.method().equals("GET"))
                .thenComparing(h -> LATE.stream().anyMatch(h.path()::contains))
                .thenComparing(Handler::path)
                .thenComparing(Handler::method));
        return handlers;
    }

    /** A variable with a choice ({@code {kind:timesheets|used-items|plannings}}, the operator's {action}) becomes each. */
    private static List<String> expand(String pattern) {
        Matcher variable = VARIABLE.matcher(pattern);
        while (variable.find()) {
            List<String> choices = variable.group(2) != null
                    ? List.of(variable.group(2).split("\\|"))
                    : variable.group(1).equals("action") ? List.copyOf(new TreeSet<>(OperatorPages.ACTIONS)) : null;
            if (choices != null) {
                List<String> paths = new ArrayList<>();
                for (String choice : choices) {
                    paths.addAll(expand(
                            pattern.substring(0, variable.start()) + choice + pattern.substring(variable.end())));
                }
                return paths;
            }
        }
        return List.of(pattern);
    }

    /** A value the field could take: an id of {@code ids} for an id, a number for a number, a date for a start. */
    private static String plausible(String name, Class<?> type, Rows ids) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("id")) {
            return String.valueOf(ids.forField(name));
        }
        if (type == boolean.class || type == Boolean.class) {
            return "false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "2";
        }
        if (lower.contains("url")) {
            return "http://127.0.0.1:1/api/v1/";
        }
        if (lower.contains("start")) {
            return "2026-12-01T08:00";
        }
        return "Sweep " + name;
    }

    // Who asks, and with which ids

    /** The id a path variable takes, by its name and the segment before it ({@code {id}} after "customers" a customer). */
    private static long forVariable(Rows ids, String previousSegment, String variable) {
        return switch (variable) {
            case "locationId" -> ids.location();
            case "entry" ->
                switch (previousSegment) {
                    case "used-items" -> ids.usedItem();
                    case "plannings" -> ids.planning();
                    default -> ids.timesheet();
                };
            default ->
                switch (previousSegment) {
                    case "customers" -> ids.customer();
                    case "items" -> ids.item();
                    case "tenants" -> ids.company();
                    case "locations" -> ids.location();
                    default -> ids.workOrder();
                };
        };
    }

    /** The path with its variables filled with {@code ids}: the variable after "customers" a customer, and so on. */
    private static String fill(String path, Rows ids) {
        String[] segments = path.split("/", -1);
        StringBuilder filled = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            Matcher variable = VARIABLE.matcher(segments[i]);
            String segment = segments[i];
            if (variable.matches()) {
                segment = String.valueOf(forVariable(ids, segments[i - 1], variable.group(1)));
            }
            filled.append('/').append(segment);
        }
        return filled.toString();
    }

    /** A browser's session: its cookies and the CSRF token of its pages; anonymous has neither. */
    static final class Session {
        private final String name;
        private final int port;
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private String csrf;

        private Session(String name, int port) {
            this.name = name;
            this.port = port;
        }

        static Session anonymous(int port) {
            Session session = new Session("anonymous", port);
            session.csrf = session.token("/login");
            return session;
        }

        static Session office(String name, int port, String email, String password) {
            Session session = new Session(name, port);
            session.login("/login", Map.of("username", List.of(email), "password", List.of(password)));
            session.csrf = session.token("/work-orders");
            return session;
        }

        static Session operator(int port) {
            Session session = new Session("operator", port);
            session.login(
                    "/operator/login", Map.of("name", List.of("Sweep"), "token", List.of(TestDatabase.OPERATOR_TOKEN)));
            session.csrf = session.token("/operator");
            return session;
        }

        String name() {
            return name;
        }

        String csrf() {
            return csrf;
        }

        private void login(String page, Map<String, List<String>> fields) {
            HttpResponse<String> answer = send("POST", page, fields, token(page), null);
            assertThat(answer.statusCode()).as("login on " + page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse(""))
                    .as("login on " + page)
                    .doesNotContain("error");
        }

        private String token(String page) {
            Matcher token = CSRF.matcher(send("GET", page, Map.of(), null, null).body());
            assertThat(token.find()).as("CSRF token on " + page).isTrue();
            return token.group(1);
        }

        /** GET with the fields as query parameters, any other method with them as a form. */
        HttpResponse<String> send(
                String method, String path, Map<String, List<String>> fields, String csrf, String referer) {
            StringBuilder form = new StringBuilder();
            if (csrf != null && !method.equals("GET")) {
                form.append("_csrf=").append(encode(csrf));
            }
            fields.forEach((field, values) -> values.forEach(value -> form.append(form.isEmpty() ? "" : "&")
                    .append(encode(field))
                    .append('=')
                    .append(encode(value))));
            String target =
                    method.equals("GET") && !form.isEmpty() ? path + (path.contains("?") ? "&" : "?") + form : path;
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", "text/html")
                    .header("Referer", referer != null ? referer : "http://127.0.0.1:" + port + "/work-orders");
            if (method.equals("GET")) {
                request.GET();
            } else {
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .method(method, HttpRequest.BodyPublishers.ofString(form.toString(), StandardCharsets.UTF_8));
            }
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + path, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    private static String shorten(String text) {
        return Sweeps.shorten(text);
    }
}
