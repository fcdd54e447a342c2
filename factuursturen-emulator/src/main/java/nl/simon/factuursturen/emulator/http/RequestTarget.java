package nl.simon.factuursturen.emulator.http;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The path under a prefix, split into percent-decoded segments (so {@code %2F} stays inside a search
 * query), without empty segments (a trailing slash is tolerated, docs/factuursturen-api.md §4), and the query parameters.
 */
record RequestTarget(List<String> segments, Map<String, String> query) {

    static RequestTarget of(URI uri, String prefix) {
        String raw = uri.getRawPath();
        String below = raw.length() > prefix.length() ? raw.substring(prefix.length()) : "";
        List<String> segments = new ArrayList<>();
        for (String segment : below.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(decode(segment.replace("+", "%2B")));
            }
        }
        return new RequestTarget(List.copyOf(segments), query(uri.getRawQuery()));
    }

    /** The path as stats and faults name it: {@code invoices/F20250001}. */
    String path() {
        return String.join("/", segments);
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery == null) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            if (!pair.isEmpty()) {
                query.put(
                        decode(equals < 0 ? pair : pair.substring(0, equals)),
                        equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return query;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
