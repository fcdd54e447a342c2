package nl.simon.benchmarks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command's {@code key=value} arguments, each with its default: the sizes the issue asks for, run
 * on one machine in under 10 minutes. Unknown keys are refused, so that a typo doesn't go unnoticed.
 */
public final class Options {
    static final Map<String, String> DEFAULTS = defaults();

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        // ui is its own run (only=ui): at its size (200,000 work orders) it would take the default run past 15 minutes
        defaults.put("only", "import,steady,push,scaleout");
        defaults.put("clients", "100000");
        defaults.put("products", "20000");
        defaults.put("page_size", "500");
        defaults.put("import_warmup", "0");
        defaults.put("tenants", "2000");
        defaults.put("tenant_clients", "200");
        defaults.put("cycle", "60s");
        defaults.put("cycles", "3");
        defaults.put("push_tenants", "100");
        defaults.put("push_orders", "1000");
        defaults.put("push_rate", "50");
        defaults.put("archivers", "8");
        defaults.put("ui_customers", "100000");
        defaults.put("ui_addresses", "150000");
        defaults.put("ui_items", "20000");
        defaults.put("ui_work_orders", "200000");
        defaults.put("ui_companies", "2000");
        defaults.put("ui_samples", "50");
        defaults.put("fs_latency_ms", "0");
        defaults.put("service_heap", "512m");
        defaults.put("scheduler_threads", "16");
        defaults.put("db_pool", "10");
        defaults.put("durable", "on");
        defaults.put("jfr", "off");
        defaults.put("results", "benchmarks/results");
        return defaults;
    }

    public static Options parse(List<String> args) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException(
                        "arguments are key=value, not '" + arg + "'; keys and defaults: " + DEFAULTS);
            }
            String key = arg.substring(0, eq).strip();
            if (!DEFAULTS.containsKey(key)) {
                throw new IllegalArgumentException("unknown option '" + key + "'; keys and defaults: " + DEFAULTS);
            }
            values.put(key, arg.substring(eq + 1).strip());
        }
        return new Options(values);
    }

    public Options with(String key, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        if (!DEFAULTS.containsKey(key)) {
            throw new IllegalArgumentException("unknown option '" + key + "'");
        }
        changed.put(key, value);
        return new Options(changed);
    }

    String text(String key) {
        return values.get(key);
    }

    int number(String key) {
        try {
            return Integer.parseInt(values.get(key).replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + values.get(key) + "'");
        }
    }

    /** {@code 90s}, {@code 5m}, {@code 1h}, or an ISO-8601 duration. */
    Duration duration(String key) {
        String value = values.get(key).toLowerCase();
        try {
            if (value.startsWith("p")) {
                return Duration.parse(value.toUpperCase());
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            return switch (value.charAt(value.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> throw new IllegalArgumentException();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    key + " must be a duration like 60s or 5m, not '" + values.get(key) + "'");
        }
    }

    boolean on(String key) {
        return "on".equalsIgnoreCase(values.get(key)) || "true".equalsIgnoreCase(values.get(key));
    }

    Set<String> only() {
        return Set.of(values.get("only").split("\\s*,\\s*"));
    }

    Map<String, String> all() {
        return Map.copyOf(values);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
