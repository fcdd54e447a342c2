package nl.simon.integration.fs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The draft invoice ("conceptfactuur") a work order becomes in FactuurSturen. */
public record Draft(String clientnr, String savename, List<String> reference, List<DraftLine> lines) {
    public static final int MAX_SAVENAME = 20;

    public Draft {
        reference = List.copyOf(reference);
        lines = List.copyOf(lines);
    }

    /**
     * The total including VAT, as FactuurSturen adds it up: per line amount × price (excl. VAT) plus its VAT, each
     * line rounded to cents; text lines count nothing.
     */
    public BigDecimal totalInclVat() {
        BigDecimal total = BigDecimal.ZERO;
        for (DraftLine line : lines) {
            if (line.amount() == null || line.price() == null) {
                continue;
            }
            BigDecimal net = line.amount().multiply(line.price()).setScale(2, RoundingMode.HALF_UP);
            BigDecimal vat = line.vatPercentage() == null
                    ? BigDecimal.ZERO
                    : net.multiply(line.vatPercentage()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            total = total.add(net).add(vat);
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    public Draft named(String otherSavename) {
        return new Draft(clientnr, otherSavename, reference, lines);
    }
}
