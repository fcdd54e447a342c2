package nl.simon.adapter.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a request that failed goes back to: a form goes back to the page it was sent from (the
 * Referer, only when it is this site), a list with a bad filter to the plain list.
 */
final class BackPath {
    private BackPath() {}

    /** A form was sent (POST); a GET is a list or page with a bad query parameter. */
    static boolean isForm(HttpServletRequest request) {
        return "POST".equalsIgnoreCase(request.getMethod());
    }

    /** The form's name: the last path segment that is not an id ({@code /work-orders/7/timesheets} → timesheets). */
    static String formName(HttpServletRequest request) {
        String[] segments = path(request).split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isEmpty() && !segments[i].chars().allMatch(Character::isDigit)) {
                return segments[i];
            }
        }
        return "";
    }

    static String of(HttpServletRequest request) {
        String path = path(request);
        if (!isForm(request)) {
            return path;
        }
        String referer = sameSiteReferer(request);
        return referer != null ? referer : parent(path);
    }

    /** {@code /work-orders/7/timesheets} → {@code /work-orders/7}; a collection's form stays on the collection. */
    private static String parent(String path) {
        int segments = path.split("/").length - 1;
        return segments >= 3 ? path.substring(0, path.lastIndexOf('/')) : path;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String sameSiteReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = new URI(referer);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            String path = uri.getRawPath();
            boolean sameSite = request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == port
                    && path != null
                    && path.startsWith(request.getContextPath() + "/");
            if (!sameSite) {
                return null;
            }
            String local = path.substring(request.getContextPath().length());
            if (local.startsWith("//") || local.contains("\\")) {
                return null;
            }
            return uri.getRawQuery() == null ? local : local + "?" + uri.getRawQuery();
        } catch (URISyntaxException unreadable) {
            return null;
        }
    }
}
