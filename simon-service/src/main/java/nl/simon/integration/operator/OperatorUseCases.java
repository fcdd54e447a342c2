package nl.simon.integration.operator;

/** The operator's use cases together, as the operator's API and page both need all of them. */
public record OperatorUseCases(
        ListCompanies list,
        RegisterCompany register,
        SuspendCompany suspend,
        ResumeCompany resume,
        SyncCompany sync,
        ResendCompanyFailures resendFailed,
        DeleteCompany delete,
        OperatorAudit audit) {}
