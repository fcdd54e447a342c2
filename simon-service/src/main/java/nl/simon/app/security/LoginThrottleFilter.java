package nl.simon.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt while its account or client address is throttled ({@link LoginThrottle}),
 * before any password (or operator token) is checked: HTTP Basic on the API and the operator's bearer token answer
 * 429 with {@code Retry-After} in the error shape; the login forms go back to their login page with a message to
 * wait. The operator's attempts name no account (any name goes with the one token), so only their address counts.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);
    private static final String BASIC = "basic ";
    private static final String BEARER = "Bearer ";
    /** The account of an attempt that names none: only the client address's failures count. */
    private static final String NO_ACCOUNT = "";

    /** How a refused attempt is answered, with the seconds to wait. */
    private interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException;
    }

    private final LoginThrottle throttle;
    private final Function<HttpServletRequest, Optional<String>> attempt;
    private final Refusal refusal;
    private final String what;

    private LoginThrottleFilter(
            LoginThrottle throttle,
            Function<HttpServletRequest, Optional<String>> attempt,
            Refusal refusal,
            String what) {
        this.throttle = throttle;
        this.attempt = attempt;
        this.refusal = refusal;
        this.what = what;
    }

    /** For the API's HTTP Basic: refusals in JSON. */
    static LoginThrottleFilter basic(LoginThrottle throttle, JsonSecurityErrors errors) {
        return new LoginThrottleFilter(
                throttle,
                LoginThrottleFilter::basicUser,
                (request, response, seconds) ->
                        errors.tooManyLogins(request, response, seconds, "error.login-throttled"),
                "login");
    }

    /** For the login form ({@code POST /login}): refusals as a message on the login page. */
    static LoginThrottleFilter form(LoginThrottle throttle) {
        return new LoginThrottleFilter(throttle, LoginThrottleFilter::formUser, redirect("/login"), "login");
    }

    /** For the operator's login form ({@code POST /operator/login}): refusals as a message on its login page. */
    static LoginThrottleFilter operatorForm(LoginThrottle throttle) {
        return new LoginThrottleFilter(
                throttle,
                request -> isPost(request, "/operator/login") ? Optional.of(NO_ACCOUNT) : Optional.empty(),
                redirect("/operator/login"),
                "operator login");
    }

    /** For the operator's API ({@code Authorization: Bearer …}): refusals in JSON. */
    static LoginThrottleFilter operatorBearer(LoginThrottle throttle, JsonSecurityErrors errors) {
        return new LoginThrottleFilter(
                throttle,
                request -> bearer(request).map(token -> NO_ACCOUNT),
                (request, response, seconds) ->
                        errors.tooManyLogins(request, response, seconds, "error.operator-login-throttled"),
                "operator token");
    }

    /** The token of an {@code Authorization: Bearer …} header, if the request has one. */
    static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith(BEARER)
                ? Optional.of(header.substring(BEARER.length()))
                : Optional.empty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait =
                attempt.apply(request).flatMap(user -> throttle.refusal(user, request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        LOG.debug("{} refused without checking it: throttled for {} s more", what, seconds);
        refusal.refuse(request, response, seconds);
    }

    private static Refusal redirect(String loginPage) {
        return (request, response, seconds) ->
                response.sendRedirect(request.getContextPath() + loginPage + "?throttled=" + seconds);
    }

    private static boolean isPost(HttpServletRequest request, String path) {
        return "POST".equals(request.getMethod()) && path.equals(request.getServletPath());
    }

    private static Optional<String> basicUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null
                || header.length() <= BASIC.length()
                || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(header.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty(); // Spring Security's Basic filter answers it
        }
    }

    private static Optional<String> formUser(HttpServletRequest request) {
        if (!isPost(request, "/login")) {
            return Optional.empty();
        }
        String username = request.getParameter("username");
        return Optional.of(username == null ? NO_ACCOUNT : username);
    }
}
