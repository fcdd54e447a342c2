package nl.simon.integration.push;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import nl.simon.integration.fs.Draft;
import nl.simon.integration.fs.DraftLine;
import nl.simon.integration.fs.FoundDraft;

/**
 * Whether a draft found in FactuurSturen under our name is the one we composed: the same client and the
 * same lines (description, amount, price) in the same order. Numbers are compared by value (FS answers
 * {@code "45"}, {@code 45.00} or nothing for zero), descriptions without surrounding spaces and with any
 * line break style. A draft made by hand, or another work order's, under the same name is not ours.
 */
final class DraftOwnership {
    private DraftOwnership() {}

    static boolean isOurs(FoundDraft found, Draft composed) {
        if (!same(found.clientnr(), composed.clientnr())) {
            return false;
        }
        List<DraftLine> theirs = found.lines();
        List<DraftLine> ours = composed.lines();
        if (theirs.size() != ours.size()) {
            return false;
        }
        for (int i = 0; i < ours.size(); i++) {
            if (!sameLine(theirs.get(i), ours.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameLine(DraftLine theirs, DraftLine ours) {
        return text(theirs.description()).equals(text(ours.description()))
                && number(theirs.amount()).compareTo(number(ours.amount())) == 0
                && number(theirs.price()).compareTo(number(ours.price())) == 0;
    }

    private static boolean same(String a, String b) {
        return Objects.equals(a == null ? null : a.strip(), b == null ? null : b.strip());
    }

    private static String text(String value) {
        return value == null
                ? ""
                : value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static BigDecimal number(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
