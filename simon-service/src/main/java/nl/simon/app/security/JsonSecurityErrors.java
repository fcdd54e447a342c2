package nl.simon.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 for {@code /api/**} in the API's error shape, {@code {"error", "message"}}. */
@Component
class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    JsonSecurityErrors(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** 401 asking for HTTP Basic (office users). */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        unauthorized(request, response, "Basic realm=\"Simon\"");
    }

    /** The same 401, asking for {@code challenge} instead (e.g. the operator's bearer token). */
    AuthenticationEntryPoint challenging(String challenge) {
        return (request, response, failure) -> unauthorized(request, response, challenge);
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response, String challenge)
            throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "error.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "error.forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String error,
            String code) throws IOException {
        Locale locale = locales.resolveLocale(request);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(),
                java.util.Map.of("error", error, "message", messages.getMessage(code, null, locale)));
    }
}
