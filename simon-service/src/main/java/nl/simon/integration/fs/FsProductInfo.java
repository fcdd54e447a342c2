package nl.simon.integration.fs;

import java.math.BigDecimal;
import nl.simon.shared.Input;

/** A product as FactuurSturen knows it: what the "Controleer" button shows and invoice lines copy. */
public record FsProductInfo(String id, String code, String name, BigDecimal price, BigDecimal vatPercentage) {

    /** FactuurSturen's texts cut to what Simon stores (shared/Input, migration V8): a long one never stops a pull. */
    public FsProductInfo {
        code = Input.cut(code, 50);
        name = Input.cut(name, Input.MAX_NAME);
    }
}
