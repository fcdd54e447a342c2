package nl.simon.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The operator's secret ({@code SIMON_OPERATOR_TOKEN}): only its SHA-256 digest is kept, and a presented token is
 * compared in constant time. Without a configured token nothing matches.
 */
final class OperatorToken {
    static final int MIN_LENGTH = 24;

    private final byte[] digest;

    OperatorToken(String token) {
        if (token != null && !token.isBlank() && token.strip().length() < MIN_LENGTH) {
            throw new IllegalStateException("simon.operator.token (SIMON_OPERATOR_TOKEN) must be at least " + MIN_LENGTH
                    + " characters; make one with: openssl rand -base64 32");
        }
        this.digest = token == null || token.isBlank() ? null : sha256(token.strip());
    }

    boolean matches(String presented) {
        return digest != null && presented != null && MessageDigest.isEqual(digest, sha256(presented.strip()));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
