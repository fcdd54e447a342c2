package nl.simon.integration.pull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;
import nl.simon.integration.fs.FsFailure;

/**
 * Reads a lazily paged FactuurSturen stream on a thread of its own, at most {@code ahead} pages ahead
 * of the caller, so the next pages are fetched and parsed while the caller writes the current one.
 * What reading throws (an {@link FsFailure}, say) is thrown by {@link #next()} after the pages read
 * before it, as reading on the caller's thread would have thrown it. {@link #close()} stops the reader
 * and closes the stream; the stream is only ever iterated by the reader thread. Two writers may take pages
 * at once (the first import's, {@link Reconciliation}): each page goes to one of them, and after the end or a
 * failure (thrown to the one that takes it) the other gets null.
 */
final class PagePrefetch<T> implements AutoCloseable {
    private static final Object END = new Object();

    private final Stream<T> records;
    private final int pageSize;
    private final BlockingQueue<Object> queue;
    private final Thread reader;
    private volatile boolean finished;

    PagePrefetch(Stream<T> records, int pageSize, int ahead, String name) {
        this.records = records;
        this.pageSize = pageSize;
        this.queue = new ArrayBlockingQueue<>(ahead + 1);
        this.reader = new Thread(this::read, name);
        reader.setDaemon(true);
        reader.start();
    }

    /** The next page (never empty), or null after the last. */
    @SuppressWarnings("unchecked")
    synchronized List<T> next() {
        if (finished) {
            return null;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            finished = true;
            throw new FsFailure.Unreachable(false, interrupted);
        }
        if (item == END) {
            finished = true;
            return null;
        }
        if (item instanceof Failed failed) {
            finished = true;
            failed.failure()
                    .addSuppressed(new Exception(
                            "while reading ahead for " + Thread.currentThread().getName()));
            if (failed.failure() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failed.failure();
        }
        return (List<T>) item;
    }

    @Override
    public void close() {
        finished = true;
        reader.interrupt();
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException again) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        records.close();
    }

    private void read() {
        Object last = END;
        try {
            Iterator<T> all = records.iterator();
            while (all.hasNext()) {
                List<T> page = new ArrayList<>(pageSize);
                while (page.size() < pageSize && all.hasNext()) {
                    page.add(all.next());
                }
                queue.put(page);
            }
        } catch (InterruptedException stopped) {
            return;
        } catch (RuntimeException | Error failure) {
            last = new Failed(failure);
        }
        try {
            queue.put(last);
        } catch (InterruptedException stopped) {
            // closed: nobody takes it
        }
    }

    private record Failed(Throwable failure) {}
}
