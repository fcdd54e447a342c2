package nl.simon.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import nl.simon.integration.operator.Operator;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on {@code /api/operator/**}: the operator's token
 * ({@code SIMON_OPERATOR_TOKEN}, see {@link OperatorToken}). Without a configured token nobody gets in. A wrong
 * token counts as a failed login from the client's address ({@link LoginThrottle}; {@link LoginThrottleFilter}
 * refuses further attempts from there for a while).
 */
final class OperatorTokenFilter extends OncePerRequestFilter {
    private final OperatorToken token;
    private final LoginThrottle throttle;

    OperatorTokenFilter(String token, LoginThrottle throttle) {
        this.token = new OperatorToken(token);
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> presented = LoginThrottleFilter.bearer(request);
        if (presented.isPresent() && token.matches(presented.get())) {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    Operator.TOKEN, null, List.of(OperatorArgumentResolver.ROLE)));
            SecurityContextHolder.setContext(context);
        } else if (presented.isPresent()) {
            throttle.failed(null, request.getRemoteAddr());
        }
        chain.doFilter(request, response);
    }
}
