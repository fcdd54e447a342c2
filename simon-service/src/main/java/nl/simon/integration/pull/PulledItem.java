package nl.simon.integration.pull;

import nl.simon.integration.fs.FsProductInfo;

/** A FactuurSturen product with the fingerprint of what Simon keeps of it. */
public record PulledItem(FsProductInfo product, String hash) {
    static PulledItem of(FsProductInfo p) {
        return new PulledItem(p, ContentHash.of(p.code(), p.name(),
                p.price() == null ? null : p.price().stripTrailingZeros().toPlainString(),
                p.vatPercentage() == null ? null : p.vatPercentage().stripTrailingZeros().toPlainString()));
    }
}
