package nl.simon.integration.lifecycle;

import java.net.URI;
import java.time.Clock;
import nl.simon.integration.fs.FactuurSturen;
import nl.simon.integration.fs.FsAddressPolicy;
import nl.simon.integration.fs.FsConnection;
import nl.simon.integration.fs.FsCredentials;
import nl.simon.integration.fs.FsFailure;
import nl.simon.integration.fs.SecretBox;
import nl.simon.integration.jobs.TenantJobs;
import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.shared.Input;
import nl.simon.shared.InvalidInputException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * Wizard step 2 (docs/product.md §4.2): checks the FS username and API key with a real call, then keeps the
 * key encrypted. A refused key is an input error on {@code apiKey}; it is logged either way.
 * Reconnecting also lifts a suspension caused by a refused key, and for an active integration restarts
 * its pull and cleanup and sends its queued pushes at once.
 */
public final class ConnectFactuurSturen {
    private final Integrations integrations;
    private final FactuurSturen factuurSturen;
    private final SecretBox secrets;
    private final FsAddressPolicy addresses;
    private final TenantJobs jobs;
    private final RecordLog log;
    private final Transactions transactions;
    private final Clock clock;

    public ConnectFactuurSturen(
            Integrations integrations,
            FactuurSturen factuurSturen,
            SecretBox secrets,
            FsAddressPolicy addresses,
            TenantJobs jobs,
            RecordLog log,
            Transactions transactions,
            Clock clock) {
        this.jobs = jobs;
        this.integrations = integrations;
        this.factuurSturen = factuurSturen;
        this.secrets = secrets;
        this.addresses = addresses;
        this.log = log;
        this.transactions = transactions;
        this.clock = clock;
    }

    public FsConnection connect(TenantId tenant, String username, String apiKey, String baseUrl) {
        String user = Input.maxLength("username", Input.required("username", username), 255);
        String key = Input.maxLength("apiKey", Input.required("apiKey", apiKey), 255);
        URI url = addresses.resolve(Input.optional("baseUrl", baseUrl, Input.MAX_URL));
        if (url.getPort() > 65535 || url.getPort() == 0) {
            // java.net.URI takes any number as a port; the HTTP client would refuse it (a 500 before).
            throw new InvalidInputException("baseUrl", "error.base-url-port");
        }
        verify(tenant, new FsCredentials(user, key, url));
        FsConnection connection = new FsConnection(user, url, clock.instant());
        transactions.run(() -> {
            Integration integration = integrations.lock(tenant);
            integrations.connect(tenant, connection, secrets.seal(tenant, key));
            String kept = integration.suspensionKeptByOffice();
            if (integration.suspendedReason() != null && kept == null) {
                integrations.save(new Integration(
                        tenant,
                        integration.status(),
                        integration.activatedAt(),
                        integration.deactivatedAt(),
                        integration.wipedAt(),
                        connection,
                        integration.termsAcceptedAt(),
                        null));
            }
            log.appendInTransaction(tenant, LogMessage.CONNECTED, null, user);
            if (integration.isActive() && kept == null) {
                jobs.resume(tenant);
            }
        });
        return connection;
    }

    private void verify(TenantId tenant, FsCredentials credentials) {
        try {
            factuurSturen.verify(credentials);
        } catch (FsFailure.Unauthorized refused) {
            log.appendAndCommit(tenant, LogMessage.CONNECTION_REFUSED, null, credentials.username());
            throw new InvalidInputException("apiKey", "error.fs-credentials-refused");
        } catch (FsFailure.Rejected failure) {
            // An address that does not answer as FactuurSturen: say so, never what it answered (its body
            // could be anything the address holds).
            log.appendAndCommit(tenant, LogMessage.CONNECTION_UNREACHABLE, null, credentials.baseUrl());
            throw new InvalidInputException("baseUrl", "error.fs-connect-failed");
        } catch (FsFailure failure) {
            log.appendAndCommit(tenant, LogMessage.CONNECTION_UNREACHABLE, null, credentials.baseUrl());
            throw failure;
        }
    }
}
