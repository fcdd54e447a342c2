package nl.simon.factuursturen.emulator.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.simon.factuursturen.emulator.reference.TaxRates;
import nl.simon.factuursturen.emulator.request.ApiFailure;
import nl.simon.factuursturen.emulator.request.FieldDecoder;
import nl.simon.factuursturen.emulator.request.Input;
import nl.simon.factuursturen.emulator.request.Messages;
import nl.simon.factuursturen.emulator.store.Account;
import nl.simon.factuursturen.emulator.store.Table;
import nl.simon.factuursturen.emulator.wire.Decimals;
import nl.simon.factuursturen.emulator.wire.Row;
import nl.simon.factuursturen.emulator.wire.Schemas;

/**
 * {@code products} (docs/factuursturen-api.md §4.2): POST needs a {@code name} and a {@code price} or {@code priceintax};
 * {@code taxes} is a VAT percentage configured in the account; prices have at most 3 decimals;
 * {@code priceintax} is computed from price and taxes unless given (and the price from it if only it is).
 */
final class ProductsResource extends RowResource {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    ProductsResource(Quirks quirks) {
        super("product", Account::products, quirks);
    }

    @Override
    protected Answer create(Call call) {
        Input body = call.body();
        body.required("name");
        if (!body.has("price") && !body.has("priceintax")) {
            throw ApiFailure.rejected("price is required");
        }
        Table products = table(call);
        Row created = call.account().write(() -> {
            Row row = priced(body, FieldDecoder.apply(body, Schemas.PRODUCT.newRow()))
                    .build(products.nextId());
            products.put(row);
            return row;
        });
        return Answer.created(created.text("id"));
    }

    /** {@code POST /products/{anything}} creates like {@code POST /products} (issue 18: the real API evidently does). */
    @Override
    protected Answer createUnder(Call call, String ignored) {
        return create(call);
    }

    @Override
    protected Answer update(Call call, String key) {
        Row row = existing(call, key);
        Table products = table(call);
        call.account().write(() -> {
            Row current = products.get(row.id()).orElse(row);
            products.put(priced(call.body(), FieldDecoder.apply(call.body(), current.toBuilder()))
                    .build(row.id()));
            return null;
        });
        return Answer.done();
    }

    private static Row.Builder priced(Input body, Row.Builder product) {
        BigDecimal taxes = new BigDecimal(product.text("taxes"));
        if (!TaxRates.isConfigured(taxes)) {
            throw ApiFailure.rejected("taxes " + Messages.number(taxes) + " is not a VAT rate of this account");
        }
        BigDecimal factor = HUNDRED.add(taxes).divide(HUNDRED);
        BigDecimal price = threeDecimals("price", new BigDecimal(product.text("price")));
        BigDecimal priceInTax = threeDecimals("priceintax", new BigDecimal(product.text("priceintax")));
        boolean priceGiven = body.has("price");
        if (!priceGiven && body.has("priceintax")) {
            price = priceInTax.divide(factor, 3, RoundingMode.HALF_UP);
        } else if (!body.has("priceintax") && (priceGiven || body.has("taxes"))) {
            priceInTax = price.multiply(factor).setScale(3, RoundingMode.HALF_UP);
        }
        return product.set("price", Decimals.plain(price)).set("priceintax", Decimals.plain(priceInTax));
    }

    private static BigDecimal threeDecimals(String name, BigDecimal value) {
        if (value.stripTrailingZeros().scale() > 3) {
            throw ApiFailure.rejected(name + " has more than 3 decimals");
        }
        return value;
    }
}
