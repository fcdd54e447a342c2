package nl.simon.adapter.api;

import nl.simon.shared.InvalidInputException;

/** {@code limit} and {@code offset} of list endpoints; without a limit the whole list is returned. */
record Paging(int limit, int offset) {
    static Paging of(Integer limit, Integer offset) {
        if (limit != null && limit < 1) {
            throw new InvalidInputException("limit", "error.not-positive");
        }
        if (offset != null && offset < 0) {
            throw new InvalidInputException("offset", "error.negative");
        }
        return new Paging(limit == null ? Integer.MAX_VALUE : limit, offset == null ? 0 : offset);
    }
}
