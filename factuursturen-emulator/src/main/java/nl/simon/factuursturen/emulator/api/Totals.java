package nl.simon.factuursturen.emulator.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.simon.factuursturen.emulator.wire.Decimals;
import nl.simon.factuursturen.emulator.wire.Line;
import nl.simon.factuursturen.emulator.wire.TaxSum;

/**
 * The sums of a document (docs/factuursturen-api.md §4.3, §6, §8): line totals are grouped by VAT rate in order of appearance; the
 * document discount (a percentage, or an amount spread over the rates) lowers each group; VAT per group
 * is rounded to cents. With {@code tax_type=intax} the line prices include VAT and the VAT is taken out.
 */
record Totals(List<TaxSum> taxes, BigDecimal tax, BigDecimal totalInTax, BigDecimal totalDiscount) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static Totals of(List<Line> lines, String discountType, BigDecimal discount, boolean pricesIncludeTax) {
        Map<BigDecimal, BigDecimal> bases = new LinkedHashMap<>();
        for (Line line : lines) {
            if (!line.textOnly()) {
                bases.merge(line.taxRate().stripTrailingZeros(), line.linetotal(), BigDecimal::add);
            }
        }
        BigDecimal undiscounted = bases.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<TaxSum> taxes = new ArrayList<>();
        BigDecimal tax = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal totalDiscount = BigDecimal.ZERO;
        for (Map.Entry<BigDecimal, BigDecimal> entry : bases.entrySet()) {
            BigDecimal rate = entry.getKey();
            BigDecimal base = discounted(entry.getValue(), undiscounted, discountType, discount);
            totalDiscount = totalDiscount.add(entry.getValue().subtract(base));
            BigDecimal sum = pricesIncludeTax
                    ? Decimals.cents(base.multiply(rate).divide(HUNDRED.add(rate), 10, RoundingMode.HALF_UP))
                    : Decimals.cents(Decimals.percentOf(base, rate));
            taxes.add(new TaxSum(rate, sum, pricesIncludeTax ? base.subtract(sum) : base));
            tax = tax.add(sum);
            total = total.add(pricesIncludeTax ? base : base.add(sum));
        }
        return new Totals(List.copyOf(taxes), tax, total, totalDiscount);
    }

    private static BigDecimal discounted(BigDecimal base, BigDecimal undiscounted, String type, BigDecimal discount) {
        if (discount.signum() == 0) {
            return base;
        }
        if ("amount".equals(type)) {
            if (undiscounted.signum() == 0) {
                return base;
            }
            BigDecimal share = discount.multiply(base).divide(undiscounted, 10, RoundingMode.HALF_UP);
            return Decimals.cents(base.subtract(share));
        }
        return Decimals.cents(base.subtract(Decimals.percentOf(base, discount)));
    }
}
