package nl.simon.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on {@code /api/operator/**}: the operator's token
 * ({@code SIMON_OPERATOR_TOKEN}). Only its SHA-256 digest is kept, and compared in constant time.
 * Without a configured token nobody gets in.
 */
final class OperatorTokenFilter extends OncePerRequestFilter {
    static final int MIN_LENGTH = 24;
    private static final String BEARER = "Bearer ";

    private final byte[] digest;

    OperatorTokenFilter(String token) {
        if (token != null && !token.isBlank() && token.strip().length() < MIN_LENGTH) {
            throw new IllegalStateException("simon.operator.token (SIMON_OPERATOR_TOKEN) must be at least " + MIN_LENGTH
                    + " characters; make one with: openssl rand -base64 32");
        }
        this.digest = token == null || token.isBlank() ? null : sha256(token.strip());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (digest != null
                && header != null
                && header.startsWith(BEARER)
                && MessageDigest.isEqual(
                        digest, sha256(header.substring(BEARER.length()).strip()))) {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "operator", null, List.of(new SimpleGrantedAuthority("ROLE_OPERATOR"))));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
