package nl.simon.integration.pull;

/**
 * Told how many records a pull has handled so far (the first import shows it as done/total). A pull that counts
 * progress is the first import: {@link #NONE} is every later pull.
 */
@FunctionalInterface
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void advance(int records) {}

        @Override
        public boolean firstImport() {
            return false;
        }
    };

    void advance(int records);

    /**
     * Whether these are the first import's pages: each is stored again by the next run when a crash loses it (the
     * import is not finished until its last page is stored, and every run compares all of FS with what is stored).
     */
    default boolean firstImport() {
        return true;
    }
}
