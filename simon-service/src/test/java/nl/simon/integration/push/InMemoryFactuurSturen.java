package nl.simon.integration.push;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.simon.integration.fs.Draft;
import nl.simon.integration.fs.FactuurSturen;
import nl.simon.integration.fs.FoundDraft;
import nl.simon.integration.fs.FsClientInfo;
import nl.simon.integration.fs.FsCredentials;
import nl.simon.integration.fs.FsProductInfo;
import nl.simon.integration.fs.FsQuotationInfo;

/**
 * FactuurSturen's drafts, found by name ignoring case and surrounding spaces. Scripted failures: a POST that
 * fails (before or after storing the draft), a look-up that fails. Remembers whether each POST came after
 * its attempt was marked "outcome unknown".
 */
final class InMemoryFactuurSturen implements FactuurSturen {
    record PostFailure(RuntimeException failure, boolean storedAnyway) {}

    final Map<String, FoundDraft> drafts = new HashMap<>();
    final Deque<PostFailure> postFailures = new ArrayDeque<>();
    final Deque<RuntimeException> findFailures = new ArrayDeque<>();
    final List<Draft> posted = new ArrayList<>();
    final List<Boolean> markedBeforePost = new ArrayList<>();
    final List<String> lookedUp = new ArrayList<>();
    /** Set: FS has a draft of every name (a guard against choosing names for ever). */
    boolean everyNameTaken;
    /** Runs once, when the next POST arrives (a draft made meanwhile by hand or by another run). */
    Runnable beforeNextPost;

    private final InMemoryInvoiceSyncs syncs;
    private int nextId = 500;

    InMemoryFactuurSturen(InMemoryInvoiceSyncs syncs) {
        this.syncs = syncs;
    }

    /** A draft already in FS (made by hand, or another work order's). */
    void has(String id, Draft draft) {
        drafts.put(
                InMemoryInvoiceSyncs.key(draft.savename()),
                new FoundDraft(id, draft.savename(), draft.clientnr(), draft.lines()));
    }

    void failNextPost(RuntimeException failure, boolean storedAnyway) {
        postFailures.add(new PostFailure(failure, storedAnyway));
    }

    @Override
    public String createDraft(FsCredentials credentials, Draft draft) {
        posted.add(draft);
        if (beforeNextPost != null) {
            Runnable meanwhile = beforeNextPost;
            beforeNextPost = null;
            meanwhile.run();
        }
        markedBeforePost.add(
                syncs.rows.values().stream().anyMatch(row -> draft.savename().equals(row.name) && row.outcomeUnknown));
        PostFailure failure = postFailures.poll();
        if (failure != null && !failure.storedAnyway()) {
            throw failure.failure();
        }
        String id = String.valueOf(nextId++);
        has(id, draft);
        if (failure != null) {
            throw failure.failure();
        }
        return id;
    }

    @Override
    public Optional<FoundDraft> findDraft(FsCredentials credentials, String savename) {
        lookedUp.add(savename);
        RuntimeException failure = findFailures.poll();
        if (failure != null) {
            throw failure;
        }
        if (everyNameTaken) {
            return Optional.of(new FoundDraft("1", savename, "9999", List.of()));
        }
        return Optional.ofNullable(drafts.get(InMemoryInvoiceSyncs.key(savename)));
    }

    @Override
    public Optional<FsProductInfo> productByCode(FsCredentials credentials, String code) {
        return Optional.empty();
    }

    @Override
    public void verify(FsCredentials credentials) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Stream<FsClientInfo> clients(FsCredentials credentials) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Stream<FsProductInfo> products(FsCredentials credentials) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long countClients(FsCredentials credentials) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long countProducts(FsCredentials credentials) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Stream<FsQuotationInfo> quotations(FsCredentials credentials) {
        throw new UnsupportedOperationException();
    }
}
