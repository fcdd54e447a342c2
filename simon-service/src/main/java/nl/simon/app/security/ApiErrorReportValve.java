package nl.simon.app.security;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import nl.simon.adapter.api.ApiErrorBody;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat answers some requests itself, before Spring sees them: a {@code %00} or encoded slash in the
 * path, a request line or headers too long, a body too large. Under {@code /api/**} (and when the path
 * could not even be read) those answers are in the API's error shape {@code {"error", "message"}},
 * Dutch or English, instead of Tomcat's HTML page; elsewhere Tomcat's page stays, without its report
 * and server version.
 */
final class ApiErrorReportValve extends ErrorReportValve {
    private final ObjectProvider<MessageSource> messages;
    private final ObjectProvider<JsonMapper> json;

    ApiErrorReportValve(ObjectProvider<MessageSource> messages, ObjectProvider<JsonMapper> json) {
        this.messages = messages;
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (!forTheApi(request)) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        Locale locale = english(request) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        MessageSource texts = messages.getObject();
        ApiErrorBody body = new ApiErrorBody(
                error(status),
                texts.getMessage(code(status), null, texts.getMessage("error.http.other", null, locale), locale));
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(json.getObject().writeValueAsString(body.toMap()));
                response.finishResponse();
            }
        } catch (IOException | RuntimeException e) {
            // the client is gone or the answer already started: nothing more to say
        }
    }

    private static boolean forTheApi(Request request) {
        String uri = request.getRequestURI();
        return uri == null || uri.isEmpty() || uri.equals("/api") || uri.startsWith("/api/");
    }

    private static boolean english(Request request) {
        String language = request.getHeader("Accept-Language");
        return language != null && language.strip().toLowerCase(Locale.ROOT).startsWith("en");
    }

    private static String error(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 413 -> "payload_too_large";
            case 414, 431 -> "uri_too_long";
            case 505 -> "http_version_not_supported";
            default -> status >= 500 ? "internal_error" : "http_" + status;
        };
    }

    private static String code(int status) {
        return switch (status) {
            case 413 -> "error.request-too-large";
            case 414, 431 -> "error.uri-too-long";
            default -> "error.http." + status;
        };
    }
}
