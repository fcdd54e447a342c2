package nl.simon.adapter.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.simon.integration.fs.SecretBox;
import nl.simon.shared.TenantId;

/**
 * AES-256-GCM with a random 96-bit nonce per secret; the tenant id is authenticated data, so a
 * ciphertext copied to another tenant's row does not decrypt. Stored as {@code v1:<base64(nonce|ct|tag)>}.
 */
public final class AesGcmSecretBox implements SecretBox {
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public AesGcmSecretBox(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the secrets key must be 32 bytes (256 bits), base64-encoded");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    @Override
    public String seal(TenantId tenant, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, tenant, nonce, secret.getBytes(StandardCharsets.UTF_8));
        ByteBuffer out =
                ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
        return PREFIX + Base64.getEncoder().encodeToString(out.array());
    }

    @Override
    public String open(TenantId tenant, String sealed) {
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("unknown secret format");
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("secret could not be opened (not base64)");
        }
        if (all.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("secret could not be opened (too short)");
        }
        ByteBuffer in = ByteBuffer.wrap(all);
        byte[] nonce = new byte[NONCE_BYTES];
        in.get(nonce);
        byte[] body = new byte[in.remaining()];
        in.get(body);
        return new String(crypt(Cipher.DECRYPT_MODE, tenant, nonce, body), StandardCharsets.UTF_8);
    }

    private byte[] crypt(int mode, TenantId tenant, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(("tenant:" + tenant.value()).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "secret could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened")
                            + " (wrong key or another tenant's secret)",
                    e);
        }
    }

    @Override
    public String toString() {
        return "AesGcmSecretBox[key=***]";
    }
}
