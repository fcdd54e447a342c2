package nl.simon.app;

import nl.simon.shared.Input;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the REST API reads and writes values (issue 14): amounts as plain decimals ({@code 10.00}, never
 * {@code 1E+1}); an enum only by its name, never by its number; no text with a NUL or other control
 * character (400 naming the field). Ids in paths and parameters: see {@link DecimalNumbers}.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .addModule(new SimpleModule("simon-text").addDeserializer(String.class, new CheckedText()));
    }

    /** A JSON string with a control character is refused while it is read, with the field's name. */
    static final class CheckedText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String value = super.deserialize(parser, context);
            // Input.text throws InvalidInputException; Jackson adds the path, ApiErrors names the field.
            return Input.text(parser.currentName() == null ? "body" : parser.currentName(), value);
        }
    }
}
