package nl.simon.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one run: a row per figure (what, figure, goal, met or missed), the raw numbers per
 * scenario, and notes. Printed as a table and written as JSON and Markdown.
 */
final class Report {
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Object> run = new LinkedHashMap<>();

    /** {@code result}: a row that checks the integration did its job (not how fast). */
    record Row(String scenario, String what, String figure, String goal, Boolean met, boolean result) {
        String verdict() {
            return met == null ? "" : met ? "met" : "MISSED";
        }
    }

    /** A figure to two decimals, for the JSON. */
    static double rounded(double value) {
        return Math.round(value * 100) / 100.0;
    }

    void run(String key, Object value) {
        run.put(key, value);
    }

    /** A figure, with a speed goal when {@code goal} is not empty. */
    void row(String scenario, String what, String figure, String goal, Boolean met) {
        add(new Row(scenario, what, figure, goal, met, false));
    }

    /** A result the integration must get right (all rows stored, no duplicate): a miss fails the run. */
    void check(String scenario, String what, String figure, String goal, boolean met) {
        add(new Row(scenario, what, figure, goal, met, true));
    }

    private void add(Row row) {
        rows.add(row);
        System.out.printf(
                "  %-10s %-52s %s%s%n",
                row.scenario(),
                row.what(),
                row.figure(),
                row.goal().isEmpty() ? "" : "   (goal " + row.goal() + ": " + row.verdict() + ")");
    }

    /** A raw number of {@code scenario}, for the JSON. */
    void figure(String scenario, String key, Object value) {
        figures.computeIfAbsent(scenario, s -> new LinkedHashMap<>()).put(key, value);
    }

    void note(String text) {
        notes.add(text);
        System.out.println("  note: " + text);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    Map<String, Object> figures(String scenario) {
        return figures.getOrDefault(scenario, Map.of());
    }

    /** Every result row is met: the integration did its job (speed goals aside). */
    boolean correct() {
        return rows.stream().filter(Row::result).allMatch(row -> Boolean.TRUE.equals(row.met()));
    }

    String table() {
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"scenario", "what", "figure", "goal", ""});
        rows.forEach(
                row -> all.add(new String[] {row.scenario(), row.what(), row.figure(), row.goal(), row.verdict()}));
        int[] widths = new int[5];
        all.forEach(cells -> {
            for (int i = 0; i < 5; i++) {
                widths[i] = Math.max(widths[i], cells[i].length());
            }
        });
        StringBuilder table = new StringBuilder();
        for (String[] cells : all) {
            table.append(String.format(
                    "%-" + widths[0] + "s | %-" + widths[1] + "s | %" + widths[2] + "s | %-" + widths[3] + "s | %s%n",
                    (Object[]) cells));
        }
        return table.toString();
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Benchmark run " + run.getOrDefault("finished", "") + "\n\n");
        run.forEach((key, value) ->
                md.append("- ").append(key).append(": ").append(value).append('\n'));
        md.append("\n| scenario | what | figure | goal | |\n|---|---|---|---|---|\n");
        rows.forEach(row -> md.append("| ")
                .append(row.scenario())
                .append(" | ")
                .append(row.what())
                .append(" | ")
                .append(row.figure())
                .append(" | ")
                .append(row.goal())
                .append(" | ")
                .append(row.verdict())
                .append(" |\n"));
        if (!notes.isEmpty()) {
            md.append("\nNotes:\n\n");
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
        }
        return md.toString();
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run", run);
        json.put(
                "rows",
                rows.stream()
                        .map(row -> {
                            Map<String, Object> cells = new LinkedHashMap<>();
                            cells.put("scenario", row.scenario());
                            cells.put("what", row.what());
                            cells.put("figure", row.figure());
                            cells.put("goal", row.goal());
                            cells.put("met", row.met());
                            cells.put("kind", row.result() ? "result" : "speed");
                            return cells;
                        })
                        .toList());
        json.put("figures", figures);
        json.put("notes", notes);
        return json;
    }

    /** Writes {@code <stamp>.json} and {@code <stamp>.md}, and the same as {@code latest.json} / {@code latest.md}. */
    List<Path> write(Path directory, Instant finished) throws IOException {
        Files.createDirectories(directory);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(ZoneOffset.UTC)
                .format(finished);
        String json = Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json());
        String md = markdown();
        List<Path> written = new ArrayList<>();
        for (String name : List.of(stamp, "latest")) {
            written.add(Files.writeString(directory.resolve(name + ".json"), json + "\n"));
            written.add(Files.writeString(directory.resolve(name + ".md"), md));
        }
        return written;
    }
}
