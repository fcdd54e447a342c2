package nl.simon.app;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Boot's error controller, with three changes (issue 14): an error under {@code /api/**} is answered
 * in the API's JSON shape whatever the client accepts (text/html, image/png, …), never as an HTML page
 * or an empty 406; {@code /error} opened directly (no error behind it) is a 404, not a 500; and it is
 * answered in JSON too.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
@io.swagger.v3.oas.annotations.Hidden
class ApiErrorController extends BasicErrorController {
    private final JsonMapper json;

    ApiErrorController(
            ErrorAttributes errorAttributes,
            WebProperties web,
            ObjectProvider<ErrorViewResolver> resolvers,
            JsonMapper json) {
        super(errorAttributes, web.getError(), resolvers.orderedStream().toList());
        this.json = json;
    }

    @Override
    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (!answersInJson(request)) {
            return super.errorHtml(request, response);
        }
        ResponseEntity<Map<String, Object>> answer = error(request);
        response.setStatus(answer.getStatusCode().value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        try {
            json.writeValue(response.getOutputStream(), answer.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        Map<String, Object> body = getErrorAttributes(request, ErrorAttributeOptions.defaults());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    /** Nothing went wrong before (the address {@code /error} was asked for itself): there is nothing here. */
    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            return HttpStatus.NOT_FOUND;
        }
        return super.getStatus(request);
    }

    private static boolean answersInJson(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri == null
                || uri.toString().startsWith("/api/")
                || uri.toString().equals("/api");
    }
}
