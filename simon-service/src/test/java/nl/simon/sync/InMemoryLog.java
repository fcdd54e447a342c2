package nl.simon.sync;

import java.util.ArrayList;
import java.util.List;
import nl.simon.integration.IntegrationLog;
import nl.simon.integration.LogEntry;
import nl.simon.integration.LogPage;
import nl.simon.integration.Severity;
import nl.simon.shared.TenantId;

final class InMemoryLog implements IntegrationLog {
    final List<LogEntry> entries = new ArrayList<>();

    @Override
    public void append(TenantId tenant, LogEntry entry) {
        entries.add(entry);
    }

    @Override
    public void appendAll(TenantId tenant, List<LogEntry> all) {
        entries.addAll(all);
    }

    @Override
    public LogPage page(TenantId tenant, Severity severity, int page) {
        throw new UnsupportedOperationException();
    }
}
