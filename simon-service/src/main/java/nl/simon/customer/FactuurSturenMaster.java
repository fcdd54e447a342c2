package nl.simon.customer;

import nl.simon.shared.TenantId;

/**
 * Whether FactuurSturen is master of the tenant's customers right now (its integration is active,
 * suspended or not): then FS numbers come from FS only, and a customer made in Simon cannot claim one.
 */
@FunctionalInterface
public interface FactuurSturenMaster {
    boolean isMaster(TenantId tenant);
}
