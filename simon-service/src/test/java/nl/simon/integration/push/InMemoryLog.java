package nl.simon.integration.push;

import java.util.ArrayList;
import java.util.List;
import nl.simon.integration.log.IntegrationLog;
import nl.simon.integration.log.LogEntry;
import nl.simon.integration.log.LogPage;
import nl.simon.integration.log.Severity;
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
