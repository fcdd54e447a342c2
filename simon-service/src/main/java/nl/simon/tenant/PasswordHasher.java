package nl.simon.tenant;

/** One-way hashing of office user passwords. */
public interface PasswordHasher {
    String hash(String rawPassword);

    /** Whether {@code hash} is a stored hash this service can check passwords against (its scheme is known). */
    boolean verifiable(String hash);
}
