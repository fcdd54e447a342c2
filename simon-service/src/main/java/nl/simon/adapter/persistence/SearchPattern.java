package nl.simon.adapter.persistence;

/** Turns what a user typed into an ILIKE pattern that matches it literally, anywhere in the text. */
final class SearchPattern {
    private SearchPattern() {
    }

    static String contains(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String escaped = query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
