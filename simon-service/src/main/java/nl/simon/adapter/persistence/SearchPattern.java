package nl.simon.adapter.persistence;

/** Turns what a user typed into an ILIKE pattern that matches it literally, anywhere in the text. */
final class SearchPattern {
    private SearchPattern() {}

    static String contains(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        // PostgreSQL cannot hold a NUL character, and nobody searches on a text longer than a name.
        String typed = query.replace("\u0000", "").strip();
        if (typed.length() > 200) {
            typed = typed.substring(0, 200);
        }
        if (typed.isEmpty()) {
            return null;
        }
        String escaped = typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
