package nl.simon.integration.pull;

/** Told how many records a pull has handled so far (the first import shows it as done/total). */
@FunctionalInterface
public interface Progress {
    Progress NONE = records -> {};

    void advance(int records);
}
