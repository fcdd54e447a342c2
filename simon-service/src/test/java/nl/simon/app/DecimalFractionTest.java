package nl.simon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 15: a typed amount means the same whatever the browser's language. */
class DecimalFractionTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "1,5;1.5",
                "1.5;1.5",
                " 2 ;2",
                "34,50;34.50",
                "0,25;0.25",
                "-1,5;-1.5",
                "1234,5;1234.5",
                "1234.5;1234.5"
            })
    void one_comma_or_one_point_is_the_decimal_sign(String typed, String value) {
        DecimalNumbers.DecimalFraction editor = new DecimalNumbers.DecimalFraction();
        editor.setAsText(typed);
        assertThat((BigDecimal) editor.getValue()).isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"1.234,5", "1,234.5", "1.234.567", "1,234,567", "1,,5", ",5", "1,", "1e3", "€ 5", "abc", "1 234"
            })
    void a_thousands_separator_or_anything_else_is_refused(String typed) {
        DecimalNumbers.DecimalFraction editor = new DecimalNumbers.DecimalFraction();
        assertThatThrownBy(() -> editor.setAsText(typed)).isInstanceOf(IllegalArgumentException.class);
    }
}
