package nl.simon.integration.fs;

import java.util.List;

/**
 * A draft FactuurSturen has under a looked-up savename, as FS returns it: its id, its name (as FS stored it,
 * perhaps in another case), its client number and its lines.
 */
public record FoundDraft(String id, String savename, String clientnr, List<DraftLine> lines) {
    public FoundDraft {
        lines = List.copyOf(lines);
    }
}
