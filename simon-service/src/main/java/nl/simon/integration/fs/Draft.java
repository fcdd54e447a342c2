package nl.simon.integration.fs;

import java.util.List;

/** The draft invoice ("conceptfactuur") a work order becomes in FactuurSturen. */
public record Draft(String clientnr, String savename, List<String> reference, List<DraftLine> lines) {
    public static final int MAX_SAVENAME = 20;

    public Draft {
        reference = List.copyOf(reference);
        lines = List.copyOf(lines);
    }

    public Draft named(String otherSavename) {
        return new Draft(clientnr, otherSavename, reference, lines);
    }
}
