package nl.simon.adapter.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;
import nl.simon.integration.fs.FsProductInfo;

/**
 * What a "Controleer" button found for one product code field: the FS product's name and price, or
 * unknown; an empty code means the line is off. Travels as a flash attribute back to the form.
 */
public record ProductCheck(String field, String code, boolean found, String name, BigDecimal price)
        implements Serializable {

    static ProductCheck of(String field, String code, Optional<FsProductInfo> product) {
        return new ProductCheck(
                field,
                code,
                product.isPresent(),
                product.map(FsProductInfo::name).orElse(null),
                product.map(FsProductInfo::price).orElse(null));
    }

    static ProductCheck lineOff(String field) {
        return new ProductCheck(field, "", false, null, null);
    }

    public boolean off() {
        return code == null || code.isBlank();
    }
}
