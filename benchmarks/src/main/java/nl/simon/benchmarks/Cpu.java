package nl.simon.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of a process and all its descendants, from {@code /proc/<pid>/stat} (user + system, plus
 * what finished children used), in clock ticks of 10 ms. Linux only, like the machines this runs on.
 */
final class Cpu {
    static final int TICKS_PER_SECOND = 100;

    private Cpu() {}

    /** The load average (1, 5, 15 minutes) of the machine, from /proc: other work shares the cores. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** CPU seconds used so far by {@code process} and its descendants. */
    static double seconds(ProcessHandle process) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process);
        try (Stream<ProcessHandle> descendants = process.descendants()) {
            descendants.forEach(tree::add);
        }
        long ticks = 0;
        for (ProcessHandle handle : tree) {
            ticks += ticks(handle.pid());
        }
        return ticks / (double) TICKS_PER_SECOND;
    }

    /** All CPU seconds the machine spent (busy, every core) so far, from {@code /proc/stat}. */
    static double machineBusySeconds() {
        try {
            String[] cpu =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length; i++) {
                if (i != 4 && i != 5) { // idle and iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy / (double) TICKS_PER_SECOND;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * CPU seconds used so far by the threads of one process, by thread name with its numbers left out
     * ({@code fs-read-ahead-1} and {@code -2} together, {@code GC Thread#0} and {@code #1}), from
     * {@code /proc/<pid>/task}; a thread that has ended is no longer counted.
     */
    static Map<String, Double> threads(ProcessHandle process) {
        Map<String, Double> seconds = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + process.pid() + "/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[#-][0-9]+$|[0-9]+$", "")
                            .strip();
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double used = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) TICKS_PER_SECOND;
                    seconds.merge(name, used, Double::sum);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException gone) {
            return seconds;
        }
        return seconds;
    }

    /**
     * {@code after − before} per thread name, largest first, the ones under 0.05 s left out; what the process
     * used ({@code total}) beyond the threads still there is "threads that ended" (e.g. an import's own threads).
     */
    static Map<String, Double> used(Map<String, Double> before, Map<String, Double> after, double total) {
        Map<String, Double> used = new LinkedHashMap<>();
        double living = after.entrySet().stream()
                .mapToDouble(e -> e.getValue() - before.getOrDefault(e.getKey(), 0.0))
                .sum();
        after.put("threads that ended", Math.max(0, total - living));
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0.0)))
                .filter(e -> e.getValue() >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> used.put(e.getKey(), Math.round(e.getValue() * 10) / 10.0));
        return used;
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is field 3, utime 14, stime 15, cutime 16, cstime 17
            return Long.parseLong(fields[11])
                    + Long.parseLong(fields[12])
                    + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
