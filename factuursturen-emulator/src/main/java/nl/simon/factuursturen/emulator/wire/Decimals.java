package nl.simon.factuursturen.emulator.wire;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The two ways the API prints a number: money with two decimals, or a float without trailing zeros. */
public final class Decimals {

    private Decimals() {}

    public static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code "62.92"}, {@code "0.00"} */
    public static String amount(BigDecimal value) {
        return cents(value).toPlainString();
    }

    /** {@code "120"}, {@code "145.2"}, {@code "0.25"} — also the form of numbers inside lines */
    public static String plain(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    public static BigDecimal percentOf(BigDecimal value, BigDecimal percent) {
        return value.multiply(percent).divide(BigDecimal.valueOf(100), 10, RoundingMode.HALF_UP);
    }
}
