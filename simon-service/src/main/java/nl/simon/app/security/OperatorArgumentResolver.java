package nl.simon.app.security;

import nl.simon.integration.operator.Operator;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives the operator's controllers the acting {@link Operator}: the name given at the operator login, or
 * {@value Operator#TOKEN} for a call with the bearer token. Anyone without the OPERATOR role is refused.
 */
public final class OperatorArgumentResolver implements HandlerMethodArgumentResolver {
    static final SimpleGrantedAuthority ROLE = new SimpleGrantedAuthority("ROLE_OPERATOR");

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Operator.class.equals(parameter.getParameterType());
    }

    @Override
    public Operator resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getAuthorities().contains(ROLE)) {
            return new Operator(authentication.getName());
        }
        throw new AccessDeniedException("no operator logged in");
    }
}
