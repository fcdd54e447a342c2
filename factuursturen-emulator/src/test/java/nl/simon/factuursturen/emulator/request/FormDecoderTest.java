package nl.simon.factuursturen.emulator.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormDecoderTest {

    @Test
    void brackets_nest_and_values_stay_strings() {
        String json = FormDecoder.decode("clientnr=12&reference[line1]=Afspraak+5&lines[0][amount]=2"
                        + "&lines[0][price]=41.32&lines[1][description]=tekst%26meer")
                .toString();

        assertThat(json)
                .isEqualTo(
                        "{\"clientnr\":\"12\",\"reference\":{\"line1\":\"Afspraak 5\"},"
                                + "\"lines\":{\"0\":{\"amount\":\"2\",\"price\":\"41.32\"},\"1\":{\"description\":\"tekst&meer\"}}}");
    }

    @Test
    void empty_brackets_append_and_a_key_without_value_is_empty() {
        String json = FormDecoder.decode("lines[][description]=a&lines[][description]=b&flag")
                .toString();

        assertThat(json)
                .isEqualTo("{\"lines\":{\"0\":{\"description\":\"a\"},\"1\":{\"description\":\"b\"}},\"flag\":\"\"}");
    }

    @Test
    void encoded_brackets_are_brackets() {
        assertThat(FormDecoder.decode("reference%5Bline2%5D=x").toString())
                .isEqualTo("{\"reference\":{\"line2\":\"x\"}}");
    }
}
