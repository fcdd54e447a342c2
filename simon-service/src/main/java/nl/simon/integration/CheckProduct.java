package nl.simon.integration;

import java.util.Optional;
import nl.simon.shared.Input;
import nl.simon.shared.TenantId;

/** The "Controleer" button (seed 5.3–5.5): looks a product code up in the connected FS account. */
public final class CheckProduct {
    private final ConnectedAccount account;
    private final FactuurSturen factuurSturen;

    public CheckProduct(ConnectedAccount account, FactuurSturen factuurSturen) {
        this.account = account;
        this.factuurSturen = factuurSturen;
    }

    public Optional<FsProductInfo> check(TenantId tenant, String code) {
        String wanted = Input.maxLength("code", Input.required("code", code), 20);
        return factuurSturen.productByCode(account.of(tenant), wanted);
    }
}
