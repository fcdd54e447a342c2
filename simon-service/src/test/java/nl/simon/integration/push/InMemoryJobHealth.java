package nl.simon.integration.push;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.simon.integration.jobs.JobFailure;
import nl.simon.integration.jobs.JobHealth;
import nl.simon.shared.TenantId;

final class InMemoryJobHealth implements JobHealth {
    final Map<String, String> failing = new HashMap<>();

    @Override
    public boolean failed(TenantId tenant, String job, String error, Instant at) {
        return failing.put(job, error) == null;
    }

    @Override
    public boolean succeeded(TenantId tenant, String job) {
        return failing.remove(job) != null;
    }

    @Override
    public List<JobFailure> failing(TenantId tenant) {
        throw new UnsupportedOperationException();
    }
}
