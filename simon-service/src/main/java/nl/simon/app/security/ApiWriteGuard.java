package nl.simon.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF on the API (HTTP Basic, which a browser sends by itself once it holds the credentials): a write
 * ({@code POST, PUT, PATCH, DELETE}) is refused with 403 when the browser says it comes from another site
 * ({@code Origin} of another scheme, host or port, or {@code Sec-Fetch-Site: cross-site}), and with 415
 * unless its body is JSON. The content types an HTML form can send ({@code x-www-form-urlencoded},
 * {@code multipart/form-data}, {@code text/plain}) are refused even without a body; a request without
 * body and without {@code Content-Type} (as {@code curl -X POST} sends it) is fine.
 */
final class ApiWriteGuard extends OncePerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(ApiWriteGuard.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final JsonSecurityErrors errors;

    ApiWriteGuard(JsonSecurityErrors errors) {
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod().toUpperCase(Locale.ROOT));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (crossSite(request)) {
            LOG.info(
                    "API write {} {} refused: sent from another site (Origin {}, Sec-Fetch-Site {})",
                    request.getMethod(),
                    request.getRequestURI(),
                    request.getHeader("Origin"),
                    request.getHeader("Sec-Fetch-Site"));
            errors.refuse(
                    request, response, HttpServletResponse.SC_FORBIDDEN, "cross_site_request", "error.cross-site");
            return;
        }
        if (!jsonOrNothing(request)) {
            errors.refuse(
                    request,
                    response,
                    HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "unsupported_media_type",
                    "error.http.415");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && site.strip().equalsIgnoreCase("cross-site")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !sameOrigin(origin.strip(), request);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1
                    ? uri.getPort()
                    : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
            return uri.getHost() != null
                    && scheme.equalsIgnoreCase(request.getScheme())
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port == request.getServerPort();
        } catch (java.net.URISyntaxException | RuntimeException unreadable) {
            return false; // "null" (a sandboxed or file page) and anything unreadable are not this site
        }
    }

    private static boolean jsonOrNothing(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null || contentType.isBlank()) {
            return request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getType().equalsIgnoreCase("application")
                    && (type.getSubtype().equalsIgnoreCase("json")
                            || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}
