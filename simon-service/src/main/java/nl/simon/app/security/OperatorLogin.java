package nl.simon.app.security;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The operator page's login form: any name (which the audit records) with the operator's token as the secret gives a
 * session with the OPERATOR role, kept apart from office logins.
 */
final class OperatorLogin implements AuthenticationProvider {
    static final int MAX_NAME = 100;

    private final OperatorToken token;

    OperatorLogin(String token) {
        this.token = new OperatorToken(token);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName() == null ? "" : attempt.getName().strip();
        Object secret = attempt.getCredentials();
        if (name.isEmpty()
                || name.length() > MAX_NAME
                || name.chars().anyMatch(Character::isISOControl)
                || !(secret instanceof String presented)
                || !token.matches(presented)) {
            throw new BadCredentialsException("not the operator");
        }
        return UsernamePasswordAuthenticationToken.authenticated(name, null, List.of(OperatorArgumentResolver.ROLE));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
