package nl.simon.adapter.api;

import java.util.List;
import java.util.function.Supplier;
import nl.simon.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list endpoint (docs/contracts.md §2.1): {@code page} from 0 and {@code size} (default
 * {@value #DEFAULT_SIZE}, at most {@value #MAX_SIZE}); the older {@code limit} and {@code offset} still work. The body
 * stays an array; {@code X-Total-Count} says how many match in all and {@code Link} points to the next page.
 */
record Paging(int limit, int offset, boolean pageSize) {
    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 500;

    static Paging of(Integer page, Integer size, Integer limit, Integer offset) {
        if (page != null || size != null || limit == null && offset == null) {
            if (page != null && page < 0) {
                throw new InvalidInputException("page", "error.negative");
            }
            if (size != null && size < 1) {
                throw new InvalidInputException("size", "error.not-positive");
            }
            if (size != null && size > MAX_SIZE) {
                throw new InvalidInputException("size", "error.page-size", MAX_SIZE);
            }
            int rows = size == null ? DEFAULT_SIZE : size;
            long first = (long) (page == null ? 0 : page) * rows;
            return new Paging(rows, (int) Math.min(first, Integer.MAX_VALUE), true);
        }
        if (limit != null && limit < 1) {
            throw new InvalidInputException("limit", "error.not-positive");
        }
        if (offset != null && offset < 0) {
            throw new InvalidInputException("offset", "error.negative");
        }
        return new Paging(limit == null ? Integer.MAX_VALUE : limit, offset == null ? 0 : offset, false);
    }

    /** The page's rows with {@code X-Total-Count} and, when more follow, {@code Link: <…>; rel="next"}. */
    <T> ResponseEntity<List<T>> answer(List<T> rows, Supplier<Long> total) {
        long count = total.get();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header("X-Total-Count", Long.toString(count));
        if ((long) offset + rows.size() < count && !rows.isEmpty()) {
            answer.header("Link", "<" + next() + ">; rel=\"next\"");
        }
        return answer.body(rows);
    }

    private String next() {
        UriComponentsBuilder uri = ServletUriComponentsBuilder.fromCurrentRequest();
        if (pageSize) {
            uri.replaceQueryParam("limit")
                    .replaceQueryParam("offset")
                    .replaceQueryParam("page", offset / limit + 1)
                    .replaceQueryParam("size", limit);
        } else {
            uri.replaceQueryParam("offset", (long) offset + limit);
        }
        return uri.build().toUriString();
    }
}
