package nl.simon.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import nl.simon.adapter.api.ApiErrorBody;
import nl.simon.adapter.api.RequestTooLarge;
import nl.simon.shared.Input;
import nl.simon.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code /api/**} refuses before a controller sees the request, each in the API's error shape:
 * a body over {@link #MAX_BODY_BYTES} (413; also one without a {@code Content-Length}, counted while it is
 * read) and a query parameter holding a NUL or other control character (400 naming the parameter). A write
 * whose body is not JSON (a wildcard, form, multipart or unreadable {@code Content-Type}) never gets here:
 * the security chain's {@code ApiWriteGuard} answers it with 415 first.
 */
@Component
class ApiRequestGuard extends OncePerRequestFilter {
    /** The largest request body the API reads: 1 MiB, far above any real request. */
    static final long MAX_BODY_BYTES = 1024 * 1024;

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ApiRequestGuard(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") && !path.equals("/api");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            write(request, response, 413, "payload_too_large", null, "error.http.413", MAX_BODY_BYTES);
            return;
        }
        String query = request.getQueryString();
        if (query != null) {
            for (Map.Entry<String, String[]> parameter :
                    request.getParameterMap().entrySet()) {
                try {
                    Input.text(parameter.getKey(), parameter.getKey());
                    for (String value : parameter.getValue()) {
                        Input.text(parameter.getKey(), value);
                    }
                } catch (InvalidInputException wrong) {
                    write(request, response, 400, "invalid_input", shortened(parameter.getKey()), wrong.messageCode());
                    return;
                }
            }
        }
        chain.doFilter(new Limited(request), response);
    }

    private static String shortened(String name) {
        String visible = name.replaceAll("\\p{Cntrl}", "?");
        return visible.length() > 40 ? visible.substring(0, 40) : visible;
    }

    private void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String error,
            String field,
            String code,
            Object... arguments)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        String message = messages.getMessage(code, arguments, code, locale);
        new ApiErrorBody(error, field == null ? message : field + ": " + message, field)
                .writeTo(response, status, json);
    }

    /** The request whose body stops with {@link RequestTooLarge} after {@link #MAX_BODY_BYTES}. */
    private static final class Limited extends HttpServletRequestWrapper {
        private ServletInputStream limited;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new CountingStream(super.getInputStream());
            }
            return limited;
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private long read;

        CountingStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > MAX_BODY_BYTES) {
                throw new RequestTooLarge(MAX_BODY_BYTES);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
