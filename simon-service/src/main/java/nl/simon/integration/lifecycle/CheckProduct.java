package nl.simon.integration.lifecycle;

import java.util.Optional;
import nl.simon.integration.fs.FactuurSturen;
import nl.simon.integration.fs.FsFailure;
import nl.simon.integration.fs.FsProductInfo;
import nl.simon.shared.Input;
import nl.simon.shared.TenantId;

/**
 * The "Controleer" button (docs/product.md §5.3–§5.5): looks a product code up in the connected FS account. A key
 * FS refuses (or one that cannot be decrypted) is handled as the jobs do: suspended with a red row, 409.
 */
public final class CheckProduct {
    private final ConnectedAccount account;
    private final FactuurSturen factuurSturen;
    private final SuspendTenant suspension;

    public CheckProduct(ConnectedAccount account, FactuurSturen factuurSturen, SuspendTenant suspension) {
        this.account = account;
        this.factuurSturen = factuurSturen;
        this.suspension = suspension;
    }

    public Optional<FsProductInfo> check(TenantId tenant, String code) {
        String wanted = Input.maxLength("code", Input.required("code", code), 20);
        try {
            return factuurSturen.productByCode(account.of(tenant), wanted);
        } catch (FsFailure.Unauthorized refused) {
            suspension.refusedWhileUsed(tenant, refused);
            throw refused;
        }
    }
}
