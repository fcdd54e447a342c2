package nl.simon.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The benchmark command (README "Benchmarks"): PostgreSQL, the FS emulator and the service instances
 * run as separate processes, as in production; this process only drives them over HTTP and reads
 * the database and {@code /proc}. Scenarios: initial import and unchanged poll, steady state of many
 * tenants, push latency, scale-out to two instances. Prints a table and writes it as JSON and
 * Markdown; exits 1 when the figures show a wrong result (data missing, a duplicate draft), not when
 * a speed goal is missed (that is a finding, recorded in the table).
 */
public final class Benchmarks {
    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Options options;
        try {
            options = Options.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Report report = run(options);
        System.exit(report.correct() ? 0 : 1);
    }

    /** Runs the scenarios {@code only} names; answers the report (also written to {@code results}). */
    public static Report run(Options options) throws Exception {
        Instant started = Instant.now();
        long nanos = System.nanoTime();
        Report report = new Report();
        Set<String> only = options.only();
        report.run("started", started.toString());
        report.run(
                "machine",
                "%d cores, %,d MB memory, %s"
                        .formatted(
                                Cpu.cores(),
                                ((com.sun.management.OperatingSystemMXBean)
                                                        ManagementFactory.getOperatingSystemMXBean())
                                                .getTotalMemorySize()
                                        >> 20,
                                System.getProperty("os.name")));
        report.run("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        report.run("options", options.all());
        System.out.printf("benchmarks %s%n", options);

        try (Postgres postgres = Postgres.start(options.on("durable"));
                Emulator emulator = Emulator.start()) {
            report.run(
                    "postgres",
                    "embedded PostgreSQL 17 (own process)"
                            + (postgres.durable()
                                    ? ", fsync and synchronous_commit on (PostgreSQL's defaults)"
                                    : ", fsync off (zonky's test defaults)"));
            report.run("emulator", "standalone jar, own process (-Xmx3g)");
            report.run(
                    "service",
                    "java -jar simon-service.jar, own process(es), -Xmx" + options.text("service_heap")
                            + ", " + options.text("db_pool") + " database connections, "
                            + options.text("scheduler_threads")
                            + " scheduler threads");
            if (only.contains(ImportScenario.NAME)) {
                ImportScenario.run(options, postgres, emulator, report);
            }
            if (only.contains(SteadyStateScenario.NAME)) {
                SteadyStateScenario.run(options, postgres, emulator, report);
            }
            double single = 0;
            if (only.contains(PushScenario.NAME)) {
                single = PushScenario.single(options, postgres, emulator, report);
            }
            if (only.contains(PushScenario.SCALE_OUT)) {
                PushScenario.scaleOut(options, postgres, emulator, report, single);
            }
            if (only.contains(UiScenario.NAME)) {
                UiScenario.run(options, postgres, emulator, report);
            }
        }
        Instant finished = Instant.now();
        report.run("finished", finished.toString());
        report.run("wallSeconds", (System.nanoTime() - nanos) / 1_000_000_000);
        System.out.println();
        System.out.print(report.table());
        List<Path> written = report.write(Jars.root().resolve(options.text("results")), finished);
        System.out.printf(
                "%nwritten: %s%n", written.stream().map(Path::normalize).toList());
        return report;
    }
}
