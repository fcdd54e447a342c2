package nl.simon.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import nl.simon.integration.log.LogAction;
import nl.simon.integration.log.LogMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every log message and every action to take has its text in Dutch and in English (a row never shows a code). */
class LogTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void every_log_message_and_action_has_a_text(String file) throws IOException {
        Properties texts = load(file);

        assertThat(Arrays.stream(LogMessage.values()).map(m -> "log." + m.code()))
                .allSatisfy(key -> assertThat(texts.getProperty(key))
                        .as(key + " in " + file)
                        .isNotBlank());
        assertThat(Arrays.stream(LogAction.values()).map(a -> "log.action." + a.code()))
                .allSatisfy(key -> assertThat(texts.getProperty(key))
                        .as(key + " in " + file)
                        .isNotBlank());
        assertThat(List.of("preview.warning.REPEATED_PRODUCT", "preview.warning.HIDDEN_CUSTOMER"))
                .allSatisfy(key -> assertThat(texts.getProperty(key))
                        .as(key + " in " + file)
                        .isNotBlank());
    }

    private static Properties load(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = LogTextsTest.class.getResourceAsStream("/" + file)) {
            assertThat(in).as(file).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
