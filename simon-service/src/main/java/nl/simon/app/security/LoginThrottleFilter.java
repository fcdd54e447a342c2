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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt while its account or client address is throttled ({@link LoginThrottle}),
 * before any password is hashed: HTTP Basic on the API answers 429 with {@code Retry-After} in the error
 * shape; the login form goes back to the login page with a message to wait.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);
    private static final String BASIC = "basic ";

    private final LoginThrottle throttle;
    private final JsonSecurityErrors errors;

    private LoginThrottleFilter(LoginThrottle throttle, JsonSecurityErrors errors) {
        this.throttle = throttle;
        this.errors = errors;
    }

    /** For the API's HTTP Basic: refusals in JSON. */
    static LoginThrottleFilter basic(LoginThrottle throttle, JsonSecurityErrors errors) {
        return new LoginThrottleFilter(throttle, errors);
    }

    /** For the login form ({@code POST /login}): refusals as a message on the login page. */
    static LoginThrottleFilter form(LoginThrottle throttle) {
        return new LoginThrottleFilter(throttle, null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> account = errors != null ? basicUser(request) : formUser(request);
        Optional<Duration> wait = account.flatMap(user -> throttle.refusal(user, request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        LOG.debug("login refused without checking the password: throttled for {} s more", seconds);
        if (errors != null) {
            errors.tooManyLogins(request, response, seconds);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
        }
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
        if (!"POST".equals(request.getMethod()) || !"/login".equals(request.getServletPath())) {
            return Optional.empty();
        }
        String username = request.getParameter("username");
        return Optional.of(username == null ? "" : username);
    }
}
