package nl.simon.factuursturen.client;

import java.util.List;
import java.util.Objects;

/**
 * A draft invoice to create with {@code action=save}. {@code savename} (at most 20 characters,
 * unique in the account) names it in FactuurSturen and is how it is found again.
 */
public record DraftInvoice(String clientnr, String savename, List<String> reference, List<InvoiceLine> lines) {
    public static final int MAX_SAVENAME = 20;
    public static final int MAX_REFERENCE_LINES = 3;

    public DraftInvoice {
        Objects.requireNonNull(clientnr, "clientnr");
        Objects.requireNonNull(savename, "savename");
        if (savename.isBlank() || savename.length() > MAX_SAVENAME) {
            throw new IllegalArgumentException("savename must be 1 to 20 characters: '" + savename + "'");
        }
        reference = List.copyOf(reference == null ? List.of() : reference);
        if (reference.size() > MAX_REFERENCE_LINES) {
            throw new IllegalArgumentException("at most 3 reference lines");
        }
        lines = List.copyOf(lines);
    }
}
