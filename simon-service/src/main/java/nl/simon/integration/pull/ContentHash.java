package nl.simon.integration.pull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A fingerprint of the fields Simon keeps of a FactuurSturen record: equal fingerprints, nothing to write. */
final class ContentHash {
    private ContentHash() {}

    static String of(Object... fields) {
        MessageDigest digest = sha256();
        for (Object field : fields) {
            String text = field == null ? "\u0000" : String.valueOf(field);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0x1f);
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }
}
