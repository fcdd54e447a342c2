package nl.simon.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import nl.simon.shared.TenantId;
import org.junit.jupiter.api.Test;

class AesGcmSecretBoxTest {
    private final byte[] key = new byte[32];
    private final AesGcmSecretBox box = new AesGcmSecretBox(key);

    @Test
    void a_sealed_secret_opens_again_for_its_tenant_and_does_not_show_it() {
        String sealed = box.seal(new TenantId(7), "api-key-123");

        assertThat(sealed).startsWith("v1:").doesNotContain("api-key-123");
        assertThat(box.open(new TenantId(7), sealed)).isEqualTo("api-key-123");
    }

    @Test
    void the_same_secret_seals_differently_each_time() {
        assertThat(box.seal(new TenantId(7), "x")).isNotEqualTo(box.seal(new TenantId(7), "x"));
    }

    @Test
    void another_tenants_ciphertext_or_another_key_does_not_open() {
        String sealed = box.seal(new TenantId(7), "api-key-123");
        byte[] otherKey = Arrays.copyOf(key, 32);
        otherKey[0] = 1;

        assertThatThrownBy(() -> box.open(new TenantId(8), sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new AesGcmSecretBox(otherKey).open(new TenantId(7), sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_key_of_the_wrong_size_is_refused_and_the_key_is_never_printed() {
        assertThatThrownBy(() -> new AesGcmSecretBox(new byte[16])).hasMessageContaining("32 bytes");
        assertThat(box.toString()).isEqualTo("AesGcmSecretBox[key=***]");
    }
}
