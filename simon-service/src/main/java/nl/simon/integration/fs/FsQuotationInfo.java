package nl.simon.integration.fs;

import java.util.List;

/** A FactuurSturen quotation as the import reads it: its texts, client and lines. */
public record FsQuotationInfo(
        String id, String clientnr, String name, String reference, String notes, List<DraftLine> lines) {

    /** The texts the filter word is looked for in (docs/factuursturen-api.md, Decisions): name, reference, notes, lines. */
    public List<String> texts() {
        java.util.List<String> texts = new java.util.ArrayList<>();
        texts.add(name);
        texts.add(reference);
        texts.add(notes);
        lines.forEach(line -> texts.add(line.description()));
        return texts.stream().filter(java.util.Objects::nonNull).toList();
    }
}
