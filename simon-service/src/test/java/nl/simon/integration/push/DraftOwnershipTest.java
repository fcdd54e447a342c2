package nl.simon.integration.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.simon.integration.fs.Draft;
import nl.simon.integration.fs.DraftLine;
import nl.simon.integration.fs.FoundDraft;
import org.junit.jupiter.api.Test;

/** A draft found under our name counts as ours only with our client and lines; FS's number formatting does not matter. */
class DraftOwnershipTest {
    static final Draft COMPOSED = new Draft(
            "1001",
            "REF",
            List.of("Dorpsstraat 1"),
            List.of(
                    DraftLine.text("Kraan lekt\nin de keuken"),
                    new DraftLine(
                            new BigDecimal("2.00"), "0002 Werktijd", new BigDecimal("62.50"), new BigDecimal("21")),
                    new DraftLine(
                            new BigDecimal("0.25"), "0001 Reistijd", new BigDecimal("45.00"), new BigDecimal("21"))));

    @Test
    void the_same_client_and_lines_as_fs_formats_them_are_ours() {
        FoundDraft found = new FoundDraft(
                "7",
                "ref",
                " 1001",
                List.of(
                        new DraftLine(BigDecimal.ZERO, "Kraan lekt\r\nin de keuken ", BigDecimal.ZERO, null),
                        new DraftLine(
                                new BigDecimal("2"), "0002 Werktijd", new BigDecimal("62.5"), new BigDecimal("21.00")),
                        new DraftLine(new BigDecimal("0.250"), "0001 Reistijd", new BigDecimal("45"), null)));

        assertThat(DraftOwnership.isOurs(found, COMPOSED)).isTrue();
    }

    @Test
    void another_client_is_not_ours() {
        assertThat(DraftOwnership.isOurs(new FoundDraft("7", "REF", "1002", COMPOSED.lines()), COMPOSED))
                .isFalse();
    }

    @Test
    void other_lines_an_other_amount_or_price_or_a_missing_line_are_not_ours() {
        List<DraftLine> lines = COMPOSED.lines();
        DraftLine hours = lines.get(1);

        assertThat(DraftOwnership.isOurs(
                        new FoundDraft("7", "REF", "1001", List.of(lines.get(0), lines.get(1))), COMPOSED))
                .isFalse();
        assertThat(DraftOwnership.isOurs(
                        new FoundDraft(
                                "7",
                                "REF",
                                "1001",
                                List.of(
                                        lines.get(0),
                                        new DraftLine(
                                                new BigDecimal("3"),
                                                hours.description(),
                                                hours.price(),
                                                hours.vatPercentage()),
                                        lines.get(2))),
                        COMPOSED))
                .isFalse();
        assertThat(DraftOwnership.isOurs(
                        new FoundDraft(
                                "7",
                                "REF",
                                "1001",
                                List.of(
                                        lines.get(0),
                                        new DraftLine(
                                                hours.amount(),
                                                hours.description(),
                                                new BigDecimal("60"),
                                                hours.vatPercentage()),
                                        lines.get(2))),
                        COMPOSED))
                .isFalse();
        assertThat(DraftOwnership.isOurs(
                        new FoundDraft(
                                "7", "REF", "1001", List.of(DraftLine.text("Met de hand"), lines.get(1), lines.get(2))),
                        COMPOSED))
                .isFalse();
    }
}
