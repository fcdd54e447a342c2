package nl.simon.tenant;

/** One-way hashing of office user passwords. */
public interface PasswordHasher {
    String hash(String rawPassword);
}
