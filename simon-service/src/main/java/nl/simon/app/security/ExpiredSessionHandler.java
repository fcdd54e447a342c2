package nl.simon.app.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form posted after the session expired carries a CSRF token the server no longer knows: send
 * the user to the login page with an explanation rather than a "not allowed" page.
 */
final class ExpiredSessionHandler implements AccessDeniedHandler {
    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && !request.isRequestedSessionIdValid()) {
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        otherwise.handle(request, response, denied);
    }
}
