package nl.simon.factuursturen.client;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * A list resource read page by page ({@code start}/{@code count}) as the stream is consumed: only
 * one page is in memory at a time. A page shorter than {@code count} is the last; FactuurSturen
 * gives no total, so nothing else tells.
 */
final class Pages<T> extends Spliterators.AbstractSpliterator<T> {
    private final Function<String, JsonNode> fetch;
    private final String resource;
    private final int pageSize;
    private final Function<JsonNode, T> reader;
    private final Deque<T> buffer = new ArrayDeque<>();
    private int start;
    private boolean lastPageRead;

    private Pages(Function<String, JsonNode> fetch, String resource, int pageSize, Function<JsonNode, T> reader) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.fetch = fetch;
        this.resource = resource;
        this.pageSize = pageSize;
        this.reader = reader;
    }

    static <T> Stream<T> stream(
            Function<String, JsonNode> fetch, String resource, int pageSize, Function<JsonNode, T> reader) {
        return StreamSupport.stream(new Pages<>(fetch, resource, pageSize, reader), false);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        if (buffer.isEmpty() && !lastPageRead) {
            readNextPage();
        }
        T next = buffer.poll();
        if (next == null) {
            return false;
        }
        action.accept(next);
        return true;
    }

    private void readNextPage() {
        String separator = resource.contains("?") ? "&" : "?";
        JsonNode page = fetch.apply(resource + separator + "count=" + pageSize + "&start=" + start);
        int rows = 0;
        for (JsonNode row : FactuurSturenJson.elements(page)) {
            buffer.add(reader.apply(row));
            rows++;
        }
        start += rows;
        lastPageRead = rows < pageSize || rows > pageSize;
    }
}
