package nl.simon.integration.push;

import nl.simon.workorder.InvoiceSyncState;

/**
 * Where a work order's push stands: its state, the draft name chosen for it (null until chosen), whether
 * an attempt was made whose answer never came, and the settings version it is composed with.
 */
public record PushState(InvoiceSyncState state, String draftName, boolean outcomeUnknown, Integer settingsVersion) {
    public PushState named(String name) {
        return new PushState(state, name, outcomeUnknown, settingsVersion);
    }
}
