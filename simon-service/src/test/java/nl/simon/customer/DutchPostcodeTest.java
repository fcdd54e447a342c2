package nl.simon.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.simon.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DutchPostcodeTest {
    @ParameterizedTest
    @CsvSource({"1234 AB,1234 AB", "1234AB,1234 AB", "1234ab,1234 AB", " 9999 zz ,9999 ZZ", "1000\tAA,1000 AA"})
    void a_dutch_postcode_is_stored_as_four_digits_a_space_and_two_capitals(String typed, String stored) {
        assertThat(DutchPostcode.normalised("zipcode", typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0123 AB",
                "123 AB",
                "12345 AB",
                "1234 A",
                "1234 ABC",
                "1234  AB",
                "AB 1234",
                "1234-AB",
                "B-1000",
                "SW1A 1AA"
            })
    void anything_else_is_refused_naming_the_field(String typed) {
        assertThatThrownBy(() -> DutchPostcode.normalised("zipcode", typed))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("zipcode"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void an_empty_postcode_stays_empty(String typed) {
        assertThat(DutchPostcode.normalised("zipcode", typed)).isNull();
    }
}
