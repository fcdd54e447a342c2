package nl.simon.app;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors that happen before a controller is chosen (unknown path, wrong method, wrong content
 * type) answer in the same shape as the API's own errors: {@code {"error", "message", "status"}}.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {
    private final MessageSource messages;

    ApiErrorAttributes(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> defaults = super.getErrorAttributes(request, options);
        Object path = request.getAttribute("jakarta.servlet.error.request_uri", RequestAttributes.SCOPE_REQUEST);
        // No error status at all: /error was asked for directly, with nothing behind it (404, ApiErrorController).
        int status = request.getAttribute("jakarta.servlet.error.status_code", RequestAttributes.SCOPE_REQUEST) == null
                ? 404
                : defaults.get("status") instanceof Integer code ? code : 500;
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", errorCode(status));
        body.put(
                "message",
                messages.getMessage(
                        "error.http." + status,
                        status == 413 ? new Object[] {ApiRequestGuard.MAX_BODY_BYTES} : null,
                        messages.getMessage("error.http.other", null, locale),
                        locale));
        body.put("path", path);
        return body;
    }

    private static String errorCode(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "too_many_requests";
            case 503 -> "service_unavailable";
            default -> status >= 500 ? "internal_error" : "client_error";
        };
    }
}
