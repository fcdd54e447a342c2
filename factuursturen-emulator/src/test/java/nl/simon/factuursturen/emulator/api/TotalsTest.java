package nl.simon.factuursturen.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.simon.factuursturen.emulator.wire.Decimals;
import nl.simon.factuursturen.emulator.wire.Line;
import org.junit.jupiter.api.Test;

class TotalsTest {

    @Test
    void vat_is_added_per_rate_for_prices_without_vat() {
        Totals totals =
                Totals.of(List.of(line("52", 21), line("10", 9), line("8", 21)), "percentage", BigDecimal.ZERO, false);

        assertThat(taxes(totals)).containsExactly("21%: 12.60 over 60.00", "9%: 0.90 over 10.00");
        assertThat(totals.tax()).isEqualByComparingTo("13.50");
        assertThat(totals.totalInTax()).isEqualByComparingTo("83.50");
    }

    @Test
    void vat_is_taken_out_of_prices_with_vat() {
        Totals totals = Totals.of(List.of(line("121", 21)), "percentage", BigDecimal.ZERO, true);

        assertThat(taxes(totals)).containsExactly("21%: 21.00 over 100.00");
        assertThat(totals.totalInTax()).isEqualByComparingTo("121");
    }

    @Test
    void an_amount_discount_is_spread_over_the_rates() {
        Totals totals = Totals.of(List.of(line("75", 21), line("25", 9)), "amount", new BigDecimal("10"), false);

        assertThat(taxes(totals)).containsExactly("21%: 14.18 over 67.50", "9%: 2.03 over 22.50");
        assertThat(totals.totalDiscount()).isEqualByComparingTo("10");
    }

    @Test
    void text_lines_take_no_part() {
        Line text = new Line(
                BigDecimal.ZERO,
                "",
                "tekst",
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "",
                true);

        assertThat(Totals.of(List.of(text), "percentage", BigDecimal.ZERO, false)
                        .taxes())
                .isEmpty();
    }

    private static Line line(String total, int rate) {
        BigDecimal amount = new BigDecimal(total);
        return new Line(BigDecimal.ONE, "", "", BigDecimal.valueOf(rate), amount, BigDecimal.ZERO, amount, "", false);
    }

    /** As the wire shows them: rate, VAT and the amount it is computed over, in cents. */
    private static List<String> taxes(Totals totals) {
        return totals.taxes().stream()
                .map(tax -> Decimals.plain(tax.rate()) + "%: " + Decimals.amount(tax.sum()) + " over "
                        + Decimals.amount(tax.sumOf()))
                .toList();
    }
}
