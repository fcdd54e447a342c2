package nl.simon.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import nl.simon.adapter.api.ApiErrorBody;
import nl.simon.adapter.api.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 for {@code /api/**} in the API's error shape, {@code {"error", "message"}}; 503 when the
 * login could not be checked because the database is down.
 */
@Component
class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {
    private static final Logger LOG = LoggerFactory.getLogger(JsonSecurityErrors.class);

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    JsonSecurityErrors(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /**
     * 401 asking for HTTP Basic (office users); but when the user could not be looked up at all (the
     * database is down) 503 with Retry-After, never "log in" as if the password were wrong.
     */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof InternalAuthenticationServiceException) {
            if (DatabaseUnavailable.causedBy(failure)) {
                LOG.warn("login impossible, database unavailable: {}", failure.getMessage());
                response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
                write(
                        request,
                        response,
                        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "database_unavailable",
                        "error.database-unavailable");
            } else {
                LOG.error("login failed inside the service", failure);
                write(
                        request,
                        response,
                        HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        "internal_error",
                        "error.http.500");
            }
            return;
        }
        unauthorized(request, response, "Basic realm=\"Simon\"");
    }

    /**
     * The same 401, asking for {@code challenge} instead (e.g. the operator's bearer token), with a message
     * ({@code messageCode}) that says what to send.
     */
    AuthenticationEntryPoint challenging(String challenge, String messageCode) {
        return (request, response, failure) -> unauthorized(request, response, challenge, messageCode);
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response, String challenge)
            throws IOException {
        unauthorized(request, response, challenge, "error.unauthorized");
    }

    private void unauthorized(
            HttpServletRequest request, HttpServletResponse response, String challenge, String messageCode)
            throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", messageCode);
    }

    /** Any other refusal before the request reaches the API, in the error shape. */
    void refuse(HttpServletRequest request, HttpServletResponse response, int status, String error, String code)
            throws IOException {
        write(request, response, status, error, code);
    }

    /**
     * 429: too many failed logins for this account or from this address; try again after {@code seconds}, as the
     * message {@code messageCode} says.
     */
    void tooManyLogins(HttpServletRequest request, HttpServletResponse response, long seconds, String messageCode)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(seconds));
        write(request, response, 429, "too_many_login_attempts", messageCode, Long.toString(seconds));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "error.forbidden");
    }

    private void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String error,
            String code,
            Object... arguments)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        new ApiErrorBody(error, messages.getMessage(code, arguments, locale)).writeTo(response, status, json);
    }
}
