package nl.simon.integration.operator;

import nl.simon.shared.TenantId;

/**
 * The operator removes a company with all its data and jobs in one transaction ({@link Companies#delete}); the audit
 * row, written in the same transaction, keeps its id and name. An unknown company is a 404.
 */
public final class DeleteCompany {
    private final CompanyAction action;
    private final Companies companies;

    public DeleteCompany(CompanyAction action, Companies companies) {
        this.action = action;
        this.companies = companies;
    }

    public void delete(Operator operator, TenantId tenant) {
        action.run(operator, tenant, OperatorAction.DELETE, null, () -> companies.delete(tenant));
    }
}
