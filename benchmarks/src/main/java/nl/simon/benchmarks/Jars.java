package nl.simon.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The built jars the benchmark starts as processes, found from the project root (or benchmarks/). */
final class Jars {
    private Jars() {}

    /** The service's jar; {@code -Dbenchmarks.service-jar=…} runs a copy, so that a build may rewrite target/. */
    static Path service() throws IOException {
        String copy = System.getProperty("benchmarks.service-jar");
        if (copy != null) {
            return Path.of(copy).toAbsolutePath().normalize();
        }
        return find("simon-service/target", "simon-service.jar");
    }

    static Path emulator() throws IOException {
        return find("factuursturen-emulator/target", "-standalone.jar");
    }

    static Path root() {
        return Files.isDirectory(Path.of("simon-service")) ? Path.of(".") : Path.of("..");
    }

    private static Path find(String directory, String suffix) throws IOException {
        Path target = root().resolve(directory);
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                Path found = files.filter(f -> f.getFileName().toString().endsWith(suffix))
                        .findFirst()
                        .orElse(null);
                if (found != null) {
                    return found.toAbsolutePath().normalize();
                }
            }
        }
        throw new IllegalStateException("no *" + suffix + " in "
                + target.toAbsolutePath().normalize() + "; build first: ./mvnw -B -ntp -DskipTests package");
    }
}
