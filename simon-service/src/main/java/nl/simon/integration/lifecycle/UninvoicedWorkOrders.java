package nl.simon.integration.lifecycle;

import java.util.List;

/**
 * Completed or archived work orders that never became a draft invoice in FactuurSturen (archived and not SENT,
 * or completed and not yet archived): what a wipe of the work orders loses above all. {@code firstNumbers} holds
 * the lowest numbers, at most {@link #SHOWN}.
 */
public record UninvoicedWorkOrders(long count, List<Long> firstNumbers) {
    public static final int SHOWN = 20;

    public UninvoicedWorkOrders {
        firstNumbers = List.copyOf(firstNumbers);
    }

    /** The numbers shown, and "…" when there are more than shown. */
    public String numbers() {
        String shown =
                String.join(", ", firstNumbers.stream().map(String::valueOf).toList());
        return count > firstNumbers.size() ? shown + ", …" : shown;
    }
}
