package nl.simon.integration.lifecycle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.simon.integration.fs.FactuurSturen;
import nl.simon.integration.fs.FsCredentials;
import nl.simon.integration.fs.FsFailure;
import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.integration.settings.IntegrationSettings;
import nl.simon.integration.settings.SettingsVersion;
import nl.simon.shared.Input;
import nl.simon.shared.InvalidInputException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * Wizard step 3 and "Wijzig" (docs/product.md §5, §6): every product code is checked against FactuurSturen and
 * every wrong one is named; a save is a new version that applies from now on, never before. A key FS
 * refuses (or one that cannot be decrypted) is handled as the jobs do: suspended with a red row, 409.
 */
public final class SaveSettings {
    private static final int MAX_WORD = 100;

    private final Integrations integrations;
    private final ConnectedAccount account;
    private final FactuurSturen factuurSturen;
    private final SuspendTenant suspension;
    private final RecordLog log;
    private final Transactions transactions;
    private final Clock clock;

    public SaveSettings(
            Integrations integrations,
            ConnectedAccount account,
            FactuurSturen factuurSturen,
            SuspendTenant suspension,
            RecordLog log,
            Transactions transactions,
            Clock clock) {
        this.integrations = integrations;
        this.account = account;
        this.factuurSturen = factuurSturen;
        this.suspension = suspension;
        this.log = log;
        this.transactions = transactions;
        this.clock = clock;
    }

    public SettingsVersion save(TenantId tenant, IntegrationSettings settings, String savedBy) {
        requireChoices(settings);
        List<InvalidInputException> wrong = new ArrayList<>();
        try {
            FsCredentials credentials = account.of(tenant);
            for (Map.Entry<String, String> code : productCodes(settings).entrySet()) {
                if (code.getValue() != null
                        && factuurSturen
                                .productByCode(credentials, code.getValue())
                                .isEmpty()) {
                    log.appendAndCommit(tenant, LogMessage.SETTINGS_REFUSED, null, code.getKey(), code.getValue());
                    wrong.add(new InvalidInputException(code.getKey(), "error.unknown-product", code.getValue()));
                }
            }
        } catch (FsFailure.Unauthorized refused) {
            suspension.refusedWhileUsed(tenant, refused);
            throw refused;
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        return transactions.inTransaction(() -> {
            integrations.lock(tenant);
            SettingsVersion saved = integrations.addSettings(tenant, settings, clock.instant(), savedBy);
            log.appendInTransaction(tenant, LogMessage.SETTINGS_SAVED, null, saved.version());
            return saved;
        });
    }

    private static void requireChoices(IntegrationSettings settings) {
        Input.present("workDescriptionSource", settings.workDescriptionSource());
        Input.present("customerReferenceSource", settings.customerReferenceSource());
        Input.present("invoiceReference", settings.invoiceReference());
        Input.present("invoiceName", settings.invoiceName());
        Input.maxLength("quotationFilterWord", settings.quotationFilterWord(), MAX_WORD);
        Input.maxLength("workOrderExclusionWord", settings.workOrderExclusionWord(), MAX_WORD);
        productCodes(settings).forEach((field, code) -> Input.maxLength(field, code, 20));
    }

    private static Map<String, String> productCodes(IntegrationSettings settings) {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("travelTimeProductCode", settings.travelTimeProductCode());
        codes.put("workTimeProductCode", settings.workTimeProductCode());
        codes.put("standardProductCode", settings.standardProductCode());
        return codes;
    }
}
