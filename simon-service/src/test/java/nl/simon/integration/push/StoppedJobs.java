package nl.simon.integration.push;

import java.util.List;
import nl.simon.integration.jobs.TenantJobs;
import nl.simon.shared.TenantId;

record StoppedJobs(List<String> stopped) implements TenantJobs {
    @Override
    public void start(TenantId tenant) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void resume(TenantId tenant) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void stop(TenantId tenant) {
        stopped.add("stop " + tenant.value());
    }

    @Override
    public void runNow(TenantId tenant) {
        throw new UnsupportedOperationException();
    }
}
