package nl.simon.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The texts stay in step in every language: each bundle next to {@code messages.properties} (Dutch, the
 * default) has exactly its keys, each text uses the same placeholders ({@code {0}}, {@code {1}}, ...) in every
 * language, and every key a page asks for by name exists. {@link LogTextsTest} checks the log's codes.
 */
class MessageBundlesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    /** A text asked for by name in a template: {@code #{key}} or {@code #{key(arguments)}}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.\\-]*)");

    @Test
    void there_is_an_english_bundle_beside_the_dutch_one() throws IOException {
        assertThat(otherBundles())
                .extracting(path -> path.getFileName().toString())
                .contains("messages_en.properties");
    }

    @Test
    void every_bundle_has_exactly_the_keys_of_the_dutch_one() throws IOException {
        Properties dutch = load(bundleDirectory().resolve("messages.properties"));
        for (Path bundle : otherBundles()) {
            Properties other = load(bundle);
            assertThat(missing(dutch, other))
                    .as("keys in messages.properties missing from " + bundle.getFileName())
                    .isEmpty();
            assertThat(missing(other, dutch))
                    .as("keys in " + bundle.getFileName() + " missing from messages.properties")
                    .isEmpty();
        }
    }

    @Test
    void every_text_has_the_same_placeholders_in_every_language() throws IOException {
        Properties dutch = load(bundleDirectory().resolve("messages.properties"));
        for (Path bundle : otherBundles()) {
            Properties other = load(bundle);
            List<String> differing = new ArrayList<>();
            for (String key : dutch.stringPropertyNames()) {
                if (other.containsKey(key)
                        && !placeholders(dutch.getProperty(key)).equals(placeholders(other.getProperty(key)))) {
                    differing.add(key + ": " + placeholders(dutch.getProperty(key)) + " in Dutch, "
                            + placeholders(other.getProperty(key)) + " in " + bundle.getFileName());
                }
            }
            assertThat(differing).as("texts whose placeholders differ").isEmpty();
        }
    }

    @Test
    void every_key_a_page_names_exists() throws IOException, URISyntaxException {
        Properties dutch = load(bundleDirectory().resolve("messages.properties"));
        Path templates =
                Path.of(MessageBundlesTest.class.getResource("/templates").toURI());
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path page :
                    files.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher key = TEMPLATE_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (key.find()) {
                    named.add(key.group(1));
                }
            }
        }
        assertThat(named).as("keys the templates name").isNotEmpty();
        assertThat(named.stream().filter(key -> !dutch.containsKey(key)).toList())
                .as("keys the templates name but messages.properties lacks")
                .isEmpty();
    }

    private static Set<String> missing(Properties from, Properties in) {
        Set<String> missing = new TreeSet<>(from.stringPropertyNames());
        missing.removeAll(in.stringPropertyNames());
        return missing;
    }

    private static Set<String> placeholders(String text) {
        Set<String> indices = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            indices.add(placeholder.group(1));
        }
        return indices;
    }

    private static Path bundleDirectory() {
        try {
            return Path.of(MessageBundlesTest.class
                            .getResource("/messages.properties")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The other languages' bundles: {@code messages_*.properties} beside the Dutch one. */
    private static List<Path> otherBundles() throws IOException {
        try (Stream<Path> files = Files.list(bundleDirectory())) {
            return files.filter(path -> path.getFileName().toString().matches("messages_.+\\.properties"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties load(Path bundle) throws IOException {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }
}
