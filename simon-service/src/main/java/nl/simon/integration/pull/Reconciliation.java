package nl.simon.integration.pull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import nl.simon.integration.fs.FsCredentials;
import nl.simon.integration.lifecycle.SimonTable;
import nl.simon.integration.lifecycle.TableActivity;
import nl.simon.integration.log.IntegrationLog;
import nl.simon.integration.log.LogEntry;
import nl.simon.integration.log.LogMessage;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * The pull of one kind of master data ({@link PulledCustomer#kind}, {@link PulledItem#kind}): compares everything
 * FactuurSturen has with what Simon stored (FS has no modified-since filter): page by page, new records are
 * added and records whose fingerprint changed are updated, each page in one transaction with its log rows;
 * an unchanged page writes nothing. After the last page the records FS no longer has are marked gone (the
 * cleanup removes them). The pages are read from FS on a thread of its own, {@link #AHEAD} pages ahead of the
 * writing ({@link PagePrefetch}). A page's progress is counted in its transaction. Memory: a few pages plus
 * the keys.
 *
 * <p>The first import ({@link Progress#firstImport()}) writes its first page alone, then two pages at a time:
 * the caller and a second thread each take the next page and store it in a transaction of its own, on a
 * connection of its own, so that a second PostgreSQL backend (and core) writes while the first does
 * (benchmarks/README.md, finding 10). Only {@link SecondWriters}' few imports per instance get a second thread;
 * the others, and every later pull (which writes little), write one page after the other. The pages are still
 * whole transactions, each with its log rows and progress; only their order (and so the order of the ids and of
 * the log's detail rows across pages) is not FS's. The gone records, the summary row and the refused records
 * follow once both writers are done, and a failure of one writer stops the other after its page.
 *
 * <p>One bad record never stops the others: when a page cannot be stored, its records are stored one by one,
 * each in a transaction of its own; the ones that still fail are left as they were (a new one is not added,
 * a changed one keeps its old version and is not marked gone), and once every page is done the run fails with
 * {@link RecordsRefused} naming them, so the job reports it (one red row per episode) and tries again later.
 * When no record of the page can be stored the failure is not about a record: it is thrown as it is.
 */
public final class Reconciliation<P extends Reconciliation.Pulled> implements Pull {
    static final int PAGE = 500;
    /** Pages read ahead of the one being written: FS is read while PostgreSQL writes. */
    static final int AHEAD = 2;

    private final Kind<P> kind;
    private final IntegrationLog log;
    private final TableActivity activity;
    private final Transactions transactions;
    private final Clock clock;
    private final SecondWriters secondWriters;

    /**
     * What the pull of one kind of record needs: its name ({@code fs-sync:<name>} in the job failures), how
     * to read and count it in FS, where Simon keeps it, the log row of one FS no longer has, and the status
     * page tables whose "integration update" time a change moves.
     */
    public record Kind<P>(
            String name,
            Function<FsCredentials, Stream<P>> read,
            ToLongFunction<FsCredentials> count,
            Table<P> table,
            LogMessage gone,
            List<SimonTable> tables) {}

    /** A record pulled from FactuurSturen, as the reconciliation compares and logs it. */
    public interface Pulled {
        /** FS's key of the record (client number, product id). */
        String key();

        /** The fingerprint of what Simon keeps of it ({@link #fingerprint}): a changed fingerprint is an update. */
        String hash();

        /** The log rows of the record added to Simon. */
        List<LogEntry> addedRows(Instant at);

        /** The log row of the record changed in Simon. */
        LogEntry updatedRow(Instant at);

        /** A fingerprint of the fields Simon keeps of a FactuurSturen record: equal fingerprints, nothing to write. */
        static String fingerprint(Object... fields) {
            MessageDigest digest;
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("every Java has SHA-256", impossible);
            }
            for (Object field : fields) {
                String text = field == null ? "\u0000" : String.valueOf(field);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        }
    }

    /**
     * Where Simon keeps one kind of pulled record (customers, items), keyed by FS's key of the record: written in
     * bulk, one page at a time. Implemented by {@code JdbcMasterData}.
     */
    public interface Table<P> {
        /** The tenant's records pulled before, by FS key. */
        Map<String, Known> known(TenantId tenant);

        void add(TenantId tenant, List<P> records);

        void update(TenantId tenant, List<P> records);

        /** Records FS no longer has: hidden, left to the cleanup. */
        void markGone(TenantId tenant, Collection<String> keys);

        /**
         * Lets the database re-plan after the table grew from nothing (the first import): without fresh
         * statistics it may check each new work address against its customer by scanning all customers. Only
         * while the statistics still describe nearly empty tables: with thousands of tenants, later first
         * imports leave the statistics to autovacuum. The items' refresh does not analyze the customers again.
         */
        void refreshStatistics();
    }

    /** A record pulled before: its Simon id, the fingerprint then, and whether FS had deleted it. */
    public record Known(long id, String hash, boolean gone) {}

    public Reconciliation(
            Kind<P> kind,
            IntegrationLog log,
            TableActivity activity,
            Transactions transactions,
            Clock clock,
            SecondWriters secondWriters) {
        this.secondWriters = secondWriters;
        this.kind = kind;
        this.log = log;
        this.activity = activity;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String name() {
        return kind.name();
    }

    @Override
    public long count(FsCredentials credentials) {
        return kind.count().applyAsLong(credentials);
    }

    @Override
    public int pull(TenantId tenant, FsCredentials credentials, Progress progress) {
        try (PagePrefetch<P> pages =
                new PagePrefetch<>(kind.read().apply(credentials), PAGE, AHEAD, "fs-read-ahead-" + tenant.value())) {
            Map<String, Known> known = kind.table().known(tenant);
            Pages written = new Pages(
                    tenant,
                    known,
                    progress,
                    new Run(kind.name() + "-" + clock.instant().toEpochMilli()));
            try {
                writeAll(pages, written);
                written.changes.addAndGet(markGone(tenant, known, written.seen, written.run));
            } catch (RuntimeException stopped) {
                // the pages stored so far keep their summary row (their records are its details)
                try {
                    summarise(tenant, written.run);
                } catch (RuntimeException alsoFailed) {
                    stopped.addSuppressed(alsoFailed);
                }
                throw stopped;
            }
            summarise(tenant, written.run);
            if (!written.refused.isEmpty()) {
                throw new RecordsRefused(List.copyOf(written.refused));
            }
            return written.changes.get();
        }
    }

    /**
     * Every page: the first alone (a first import refreshes the statistics after it), then, in a first import
     * with a second writer free ({@link SecondWriters}), two pages at a time, each by its own thread in its own
     * transaction; otherwise one after the other on the caller's thread.
     */
    private void writeAll(PagePrefetch<P> pages, Pages written) {
        boolean fromNothing = written.known.isEmpty();
        for (List<P> page = pages.next(); page != null; page = pages.next()) {
            int changes = write(page, written);
            if (fromNothing && changes > 0) {
                // after the first page of a first import: the tables grew from nothing
                kind.table().refreshStatistics();
                fromNothing = false;
            }
            if (!fromNothing) {
                break;
            }
        }
        if (written.progress.firstImport() && secondWriters.take()) {
            try {
                writeInParallel(pages, written);
            } finally {
                secondWriters.giveBack();
            }
        } else {
            writeEach(pages, written);
        }
    }

    /**
     * The caller and a thread of this import's own take pages in turn until none is left. When one fails (FS
     * while reading, a page none of whose records can be stored), the other finishes the page it writes and
     * stops; the failure is thrown once both stopped, the other's failure (if any) added to it.
     */
    private void writeInParallel(PagePrefetch<P> pages, Pages written) {
        AtomicReference<Throwable> secondFailed = new AtomicReference<>();
        Thread second = new Thread(
                () -> {
                    try {
                        writeEach(pages, written);
                    } catch (RuntimeException | Error failure) {
                        written.stop = true;
                        secondFailed.set(failure);
                    }
                },
                "fs-import-writer-" + written.tenant.value());
        second.setDaemon(true);
        second.start();
        Throwable failed = null;
        try {
            writeEach(pages, written);
        } catch (RuntimeException | Error failure) {
            written.stop = true;
            failed = failure;
        }
        boolean interrupted = false;
        while (second.isAlive()) {
            try {
                second.join();
            } catch (InterruptedException again) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable theirs = secondFailed.get();
        if (failed == null) {
            failed = theirs;
        } else if (theirs != null) {
            failed.addSuppressed(theirs);
        }
        if (failed instanceof Error error) {
            throw error;
        }
        if (failed != null) {
            throw (RuntimeException) failed;
        }
    }

    private void writeEach(PagePrefetch<P> pages, Pages written) {
        while (!written.stop) {
            List<P> page = pages.next();
            if (page == null) {
                return;
            }
            write(page, written);
        }
    }

    /**
     * The page's changes and its progress in one transaction; an unchanged page only moves the progress. The rows
     * every page updates (the status page's {@code table_activity}, the import's progress) come last, so that two
     * writers wait for each other's row lock only until the other commits.
     */
    private int write(List<P> page, Pages written) {
        TenantId tenant = written.tenant;
        Progress progress = written.progress;
        Run run = written.run;
        List<P> added = new ArrayList<>();
        List<P> changed = new ArrayList<>();
        for (P record : page) {
            String key = record.key();
            if (!written.seen.add(key)) {
                continue;
            }
            Known before = written.known.get(key);
            if (before == null) {
                added.add(record);
            } else if (before.gone() || !before.hash().equals(record.hash())) {
                changed.add(record);
            }
        }
        if (added.isEmpty() && changed.isEmpty()) {
            progress.advance(page.size());
            return 0;
        }
        Runnable storePage = () -> {
            store(tenant, added, changed, run);
            progress.advance(page.size());
        };
        int changes;
        try {
            if (progress.firstImport()) {
                // a page the first import loses in a crash is stored again by the next run: no wait for the disk
                transactions.runRedoable(storePage);
            } else {
                transactions.run(storePage);
            }
            run.added.addAndGet(added.size());
            run.updated.addAndGet(changed.size());
            changes = added.size() + changed.size();
        } catch (RuntimeException pageRefused) {
            changes = oneByOne(tenant, added, changed, page.size(), progress, written.refused, pageRefused, run);
        }
        written.changes.addAndGet(changes);
        return changes;
    }

    /** The page's records one transaction each; the ones that fail are named in {@code refused}. */
    private int oneByOne(
            TenantId tenant,
            List<P> added,
            List<P> changed,
            int pageSize,
            Progress progress,
            Collection<String> refused,
            RuntimeException pageRefused,
            Run run) {
        int stored = 0;
        List<String> failed = new ArrayList<>();
        for (P record : added) {
            int one = storeAlone(tenant, List.of(record), List.of(), record, failed, run);
            stored += one;
            run.added.addAndGet(one);
        }
        for (P record : changed) {
            int one = storeAlone(tenant, List.of(), List.of(record), record, failed, run);
            stored += one;
            run.updated.addAndGet(one);
        }
        if (stored == 0) {
            throw pageRefused;
        }
        refused.addAll(failed);
        transactions.run(() -> progress.advance(pageSize));
        return stored;
    }

    private int storeAlone(TenantId tenant, List<P> added, List<P> changed, P record, List<String> failed, Run run) {
        try {
            transactions.run(() -> store(tenant, added, changed, run));
            return 1;
        } catch (RuntimeException refused) {
            failed.add(record.key() + " (" + RecordsRefused.reason(refused) + ")");
            return 0;
        }
    }

    private void store(TenantId tenant, List<P> added, List<P> changed, Run run) {
        kind.table().add(tenant, added);
        kind.table().update(tenant, changed);
        List<LogEntry> rows = new ArrayList<>();
        added.forEach(record -> rows.addAll(record.addedRows(clock.instant())));
        changed.forEach(record -> rows.add(record.updatedRow(clock.instant())));
        log.appendAll(tenant, rows.stream().map(row -> row.inRun(run.id)).toList());
        kind.tables().forEach(table -> activity.integrationUpdated(tenant, table));
    }

    private int markGone(TenantId tenant, Map<String, Known> known, Set<String> seen, Run run) {
        List<String> gone = known.entrySet().stream()
                .filter(entry -> !entry.getValue().gone() && !seen.contains(entry.getKey()))
                .map(Map.Entry::getKey)
                .toList();
        if (!gone.isEmpty()) {
            transactions.run(() -> {
                kind.table().markGone(tenant, gone);
                log.appendAll(
                        tenant,
                        gone(gone).stream().map(row -> row.inRun(run.id)).toList());
                kind.tables().forEach(table -> activity.integrationUpdated(tenant, table));
            });
        }
        run.gone.addAndGet(gone.size());
        return gone.size();
    }

    /**
     * One row for the whole run with its counts (issue 15: not one row per record in the log); the records are its
     * details. A run that changed nothing writes nothing; records that could not be stored are not counted (the
     * job's red row names them).
     */
    private void summarise(TenantId tenant, Run run) {
        int added = run.added.get();
        int updated = run.updated.get();
        int gone = run.gone.get();
        if (added + updated + gone == 0) {
            return;
        }
        LogMessage summary =
                kind.gone() == LogMessage.CUSTOMER_GONE ? LogMessage.CUSTOMERS_PULLED : LogMessage.ITEMS_PULLED;
        transactions.run(() -> log.append(tenant, LogEntry.of(clock.instant(), summary, run.id, added, updated, gone)));
    }

    /** The counts of one run and the id its detail rows carry (the summary row's record id); counted by both writers. */
    private static final class Run {
        final String id;
        final AtomicInteger added = new AtomicInteger();
        final AtomicInteger updated = new AtomicInteger();
        final AtomicInteger gone = new AtomicInteger();

        Run(String id) {
            this.id = id;
        }
    }

    /** What the writers of one pull share: the records seen, the refused ones, the changes and whether to stop. */
    private final class Pages {
        final TenantId tenant;
        final Map<String, Known> known;
        final Progress progress;
        final Run run;
        final Set<String> seen = ConcurrentHashMap.newKeySet();
        final Queue<String> refused = new ConcurrentLinkedQueue<>();
        final AtomicInteger changes = new AtomicInteger();
        /** A writer failed: the other stops after its page. */
        volatile boolean stop;

        Pages(TenantId tenant, Map<String, Known> known, Progress progress, Run run) {
            this.tenant = tenant;
            this.known = known;
            this.progress = progress;
            this.run = run;
        }
    }

    private List<LogEntry> gone(Collection<String> keys) {
        return keys.stream()
                .map(key -> LogEntry.of(clock.instant(), kind.gone(), key, key))
                .toList();
    }
}
