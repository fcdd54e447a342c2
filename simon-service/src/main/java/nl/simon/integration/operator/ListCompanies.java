package nl.simon.integration.operator;

import java.time.Clock;
import nl.simon.shared.NotFoundException;
import nl.simon.shared.TenantId;

/** The operator's list of companies: trouble first, filtered by state and name, one page at a time. */
public final class ListCompanies {
    private final Companies companies;
    private final Clock clock;

    public ListCompanies(Companies companies, Clock clock) {
        this.companies = companies;
        this.clock = clock;
    }

    public Companies.Page list(String status, String query, int limit, int offset) {
        return companies.list(CompanyState.filter(status), query, clock.instant(), limit, offset);
    }

    /** One company's name, for a page that asks to confirm an action on it; 404 when there is no such company. */
    public String name(TenantId tenant) {
        return companies.name(tenant).orElseThrow(() -> new NotFoundException("Company", tenant.value()));
    }
}
