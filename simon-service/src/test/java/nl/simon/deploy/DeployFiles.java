package nl.simon.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.YamlProcessor;
import org.springframework.core.io.FileSystemResource;

/** The files of the repository's {@code deploy/} folder, and each YAML document in one of them as a map. */
final class DeployFiles {
    private DeployFiles() {}

    static Path folder() {
        Path module = Path.of("").toAbsolutePath();
        for (Path candidate :
                new Path[] {module.resolve("deploy"), module.getParent().resolve("deploy")}) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no deploy/ folder beside " + module);
    }

    static List<Path> withExtension(String... extensions) {
        try (Stream<Path> files = Files.walk(folder())) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> Stream.of(extensions)
                            .anyMatch(ext -> file.getFileName().toString().endsWith("." + ext)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of every Kubernetes manifest in {@code deploy/k8s}. */
    static List<Map<String, Object>> k8sDocuments() {
        return withExtension("yaml", "yml").stream()
                .filter(file -> file.getParent().getFileName().toString().equals("k8s"))
                .flatMap(file -> yamlDocuments(file).stream())
                .toList();
    }

    /** Every document of a YAML file; a file that does not parse throws. */
    static List<Map<String, Object>> yamlDocuments(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        new YamlProcessor() {
            {
                setResources(new FileSystemResource(file));
                setResolutionMethod(ResolutionMethod.FIRST_FOUND);
            }

            void read() {
                process((properties, map) -> documents.add(map));
            }
        }.read();
        return documents;
    }

    @SuppressWarnings("unchecked")
    static Object at(Object node, String... path) {
        Object current = node;
        for (String step : path) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(step);
            } else if (current instanceof List<?> list) {
                current = list.get(Integer.parseInt(step));
            } else {
                return null;
            }
        }
        return current;
    }
}
