package nl.simon.integration.pull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.simon.integration.lifecycle.TableActivity;
import nl.simon.integration.log.IntegrationLog;
import nl.simon.integration.log.LogEntry;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * Compares everything FactuurSturen has with what Simon stored (FS has no modified-since filter):
 * page by page, new records are added and records whose fingerprint changed are updated, each page
 * in one transaction with its log rows; an unchanged page writes nothing. After the last page the
 * records FS no longer has are marked gone (the cleanup removes them). The pages are read from FS on
 * a thread of its own, {@link #AHEAD} pages ahead of the writing ({@link PagePrefetch}). A page's
 * progress is counted in its transaction. Memory: a few pages plus the keys.
 *
 * <p>One bad record never stops the others: when a page cannot be stored, its records are stored one by one,
 * each in a transaction of its own; the ones that still fail are left as they were (a new one is not added,
 * a changed one keeps its old version and is not marked gone), and once every page is done the run fails with
 * {@link RecordsRefused} naming them, so the job reports it (one red row per episode) and tries again later.
 * When no record of the page can be stored the failure is not about a record: it is thrown as it is.
 */
final class Reconciliation<T> {
    static final int PAGE = 500;
    /** Pages read ahead of the one being written: FS is read while PostgreSQL writes. */
    static final int AHEAD = 2;

    private final RecordKind<T> kind;
    private final IntegrationLog log;
    private final TableActivity activity;
    private final Transactions transactions;

    Reconciliation(RecordKind<T> kind, IntegrationLog log, TableActivity activity, Transactions transactions) {
        this.kind = kind;
        this.log = log;
        this.activity = activity;
        this.transactions = transactions;
    }

    int run(TenantId tenant, Stream<T> records, Progress progress) {
        try (PagePrefetch<T> pages = new PagePrefetch<>(records, PAGE, AHEAD, "fs-read-ahead-" + tenant.value())) {
            Map<String, Known> known = kind.known(tenant);
            Set<String> seen = new HashSet<>();
            List<String> refused = new ArrayList<>();
            int changes = 0;
            boolean fromNothing = known.isEmpty();
            for (List<T> page = pages.next(); page != null; page = pages.next()) {
                changes += write(tenant, page, known, seen, progress, refused);
                if (fromNothing && changes > 0) {
                    kind.firstPageWritten();
                    fromNothing = false;
                }
            }
            changes += markGone(tenant, known, seen);
            if (!refused.isEmpty()) {
                throw new RecordsRefused(refused);
            }
            return changes;
        }
    }

    /** The page's changes and its progress in one transaction; an unchanged page only moves the progress. */
    private int write(TenantId tenant, List<T> page, Map<String, Known> known, Set<String> seen, Progress progress,
            List<String> refused) {
        List<T> added = new ArrayList<>();
        List<T> changed = new ArrayList<>();
        for (T record : page) {
            String key = kind.key(record);
            if (!seen.add(key)) {
                continue;
            }
            Known before = known.get(key);
            if (before == null) {
                added.add(record);
            } else if (before.gone() || !before.hash().equals(kind.hash(record))) {
                changed.add(record);
            }
        }
        if (added.isEmpty() && changed.isEmpty()) {
            progress.advance(page.size());
            return 0;
        }
        try {
            transactions.run(() -> {
                store(tenant, added, changed);
                progress.advance(page.size());
            });
            return added.size() + changed.size();
        } catch (RuntimeException pageRefused) {
            return oneByOne(tenant, added, changed, page.size(), progress, refused, pageRefused);
        }
    }

    /** The page's records one transaction each; the ones that fail are named in {@code refused}. */
    private int oneByOne(TenantId tenant, List<T> added, List<T> changed, int pageSize, Progress progress,
            List<String> refused, RuntimeException pageRefused) {
        int stored = 0;
        List<String> failed = new ArrayList<>();
        for (T record : added) {
            stored += storeAlone(tenant, List.of(record), List.of(), record, failed);
        }
        for (T record : changed) {
            stored += storeAlone(tenant, List.of(), List.of(record), record, failed);
        }
        if (stored == 0) {
            throw pageRefused;
        }
        refused.addAll(failed);
        transactions.run(() -> progress.advance(pageSize));
        return stored;
    }

    private int storeAlone(TenantId tenant, List<T> added, List<T> changed, T record, List<String> failed) {
        try {
            transactions.run(() -> store(tenant, added, changed));
            return 1;
        } catch (RuntimeException refused) {
            failed.add(kind.key(record) + " (" + RecordsRefused.reason(refused) + ")");
            return 0;
        }
    }

    private void store(TenantId tenant, List<T> added, List<T> changed) {
        kind.add(tenant, added);
        kind.update(tenant, changed);
        List<LogEntry> rows = new ArrayList<>();
        added.forEach(record -> rows.addAll(kind.addedRows(record)));
        changed.forEach(record -> rows.add(kind.updatedRow(record)));
        log.appendAll(tenant, rows);
        kind.tables().forEach(table -> activity.integrationUpdated(tenant, table));
    }

    private int markGone(TenantId tenant, Map<String, Known> known, Set<String> seen) {
        List<String> gone = known.entrySet().stream()
                .filter(entry -> !entry.getValue().gone() && !seen.contains(entry.getKey()))
                .map(Map.Entry::getKey).toList();
        if (!gone.isEmpty()) {
            transactions.run(() -> {
                kind.markGone(tenant, gone);
                log.appendAll(tenant, gone.stream().map(kind::goneRow).toList());
                kind.tables().forEach(table -> activity.integrationUpdated(tenant, table));
            });
        }
        return gone.size();
    }

}
