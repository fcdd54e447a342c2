package nl.simon.integration.operator;

import java.util.Locale;
import nl.simon.shared.InvalidInputException;

/**
 * A company's integration as the operator sees it: never activated, running, suspended (by the operator or because
 * FactuurSturen refused its key; whatever its status), or deactivated by the office.
 */
public enum CompanyState {
    NOT_ACTIVATED,
    ACTIVE,
    SUSPENDED,
    INACTIVE;

    /** The {@code status} filter: empty means every company; anything else than a state is a 400 on {@code status}. */
    public static CompanyState filter(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        String wanted = status.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (CompanyState state : values()) {
            if (state.name().equals(wanted)) {
                return state;
            }
        }
        throw new InvalidInputException("status", "error.operator.status");
    }
}
