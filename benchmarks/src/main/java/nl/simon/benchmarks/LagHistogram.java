package nl.simon.benchmarks;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's {@code simon_jobs_lag_seconds} histogram of one task, read from Prometheus text:
 * cumulative counts per upper bound. The difference of two readings is the histogram of the runs in
 * between, and its percentiles are bucket upper bounds ("at most").
 */
final class LagHistogram {
    private static final Pattern BUCKET =
            Pattern.compile("^simon_jobs_lag_seconds_bucket\\{([^}]*)}\\s+([0-9.eE+-]+)", Pattern.MULTILINE);
    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    /** upper bound in seconds (+Inf as infinity) → runs with a lag at or below it. */
    private final TreeMap<Double, Double> cumulative;

    private LagHistogram(TreeMap<Double, Double> cumulative) {
        this.cumulative = cumulative;
    }

    static LagHistogram of(String prometheus, String task) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        Matcher line = BUCKET.matcher(prometheus);
        while (line.find()) {
            String labels = line.group(1);
            if (!labels.contains("task=\"" + task + "\"")) {
                continue;
            }
            Matcher le = LE.matcher(labels);
            if (le.find()) {
                double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
                buckets.merge(bound, Double.parseDouble(line.group(2)), Double::sum);
            }
        }
        return new LagHistogram(buckets);
    }

    /** The runs after {@code earlier}; readings of several instances add up with {@link #plus}. */
    LagHistogram minus(LagHistogram earlier) {
        TreeMap<Double, Double> difference = new TreeMap<>();
        cumulative.forEach(
                (bound, count) -> difference.put(bound, count - earlier.cumulative.getOrDefault(bound, 0.0)));
        return new LagHistogram(difference);
    }

    LagHistogram plus(LagHistogram other) {
        TreeMap<Double, Double> sum = new TreeMap<>(cumulative);
        other.cumulative.forEach((bound, count) -> sum.merge(bound, count, Double::sum));
        return new LagHistogram(sum);
    }

    long count() {
        return cumulative.isEmpty() ? 0 : Math.round(cumulative.lastEntry().getValue());
    }

    /** The upper bound (seconds) of the bucket holding the {@code p}th percentile; NaN without runs. */
    double percentile(double p) {
        long total = count();
        if (total == 0) {
            return Double.NaN;
        }
        double rank = Math.ceil(p / 100.0 * total);
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= rank) {
                return bucket.getKey();
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The upper bound of the highest bucket with a run in it: no run was later than this. */
    double maxBound() {
        double previous = 0;
        double bound = Double.NaN;
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (bucket.getValue() > previous) {
                bound = bucket.getKey();
            }
            previous = bucket.getValue();
        }
        return bound;
    }

    /** A bucket's upper bound as "≤ x s". */
    static String describe(double bound) {
        if (Double.isNaN(bound)) {
            return "no runs";
        }
        if (Double.isInfinite(bound)) {
            return "> 1 h";
        }
        return bound < 1 ? "≤ %,.0f ms".formatted(bound * 1000) : "≤ %,.1f s".formatted(bound);
    }
}
