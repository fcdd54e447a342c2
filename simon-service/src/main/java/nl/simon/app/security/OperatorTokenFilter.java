package nl.simon.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.simon.integration.operator.Operator;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on {@code /api/operator/**}: the operator's token
 * ({@code SIMON_OPERATOR_TOKEN}, see {@link OperatorToken}). Without a configured token nobody gets in.
 */
final class OperatorTokenFilter extends OncePerRequestFilter {
    private static final String BEARER = "Bearer ";

    private final OperatorToken token;

    OperatorTokenFilter(String token) {
        this.token = new OperatorToken(token);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith(BEARER) && token.matches(header.substring(BEARER.length()))) {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    Operator.TOKEN, null, List.of(OperatorArgumentResolver.ROLE)));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
