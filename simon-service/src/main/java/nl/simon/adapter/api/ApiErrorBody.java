package nl.simon.adapter.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one shape of every API error answer: {@code {"error": code, "message": text, "field": name?}}
 * (docs/INVARIANTS.md, "Bad input"). Controllers answer through {@link ApiErrors}; the filters, the
 * security chain and Tomcat's own error report, which answer before or outside Spring MVC, write this
 * same body with {@link #writeTo}.
 */
public record ApiErrorBody(String error, String message, String field) {

    public ApiErrorBody(String error, String message) {
        this(error, message, null);
    }

    /** The JSON object, with {@code field} only when there is one. */
    public Map<String, Object> toMap() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        if (field != null) {
            body.put("field", field);
        }
        return body;
    }

    /** Answers with this body as UTF-8 JSON and the given status. */
    public void writeTo(HttpServletResponse response, int status, JsonMapper json) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), toMap());
    }
}
