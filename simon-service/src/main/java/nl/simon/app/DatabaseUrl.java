package nl.simon.app;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads {@code DATABASE_URL} in either of its common forms,
 * {@code postgresql://user:password@host:5432/db} or {@code jdbc:postgresql://host:5432/db?user=…},
 * and turns it into Spring's datasource properties. Spring's own {@code SPRING_DATASOURCE_*}
 * variables still win, as they are read with higher precedence.
 */
final class DatabaseUrl {
    private DatabaseUrl() {}

    static Map<String, Object> fromEnvironment(Map<String, String> environment) {
        String url = environment.get("DATABASE_URL");
        return url == null || url.isBlank() ? Map.of() : toProperties(url.strip());
    }

    static Map<String, Object> toProperties(String url) {
        Map<String, Object> properties = new HashMap<>();
        if (url.startsWith("jdbc:")) {
            properties.put("spring.datasource.url", url);
            return properties;
        }
        URI uri = URI.create(url.replaceFirst("^postgres(ql)?://", "postgresql://"));
        if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "DATABASE_URL must look like postgresql://user:password@host:5432/database");
        }
        int port = uri.getPort() == -1 ? 5432 : uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        properties.put(
                "spring.datasource.url", "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query);
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            String[] parts = userInfo.split(":", 2);
            properties.put("spring.datasource.username", decode(parts[0]));
            if (parts.length == 2) {
                properties.put("spring.datasource.password", decode(parts[1]));
            }
        }
        return properties;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
