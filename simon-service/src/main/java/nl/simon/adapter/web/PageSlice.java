package nl.simon.adapter.web;

import java.util.List;

/** One page of a list (50 rows) and whether there is a next one; pages count from 1. */
public record PageSlice<T>(List<T> rows, int page, boolean hasNext) {
    static final int SIZE = 50;
    private static final int LAST_PAGE = 1_000_000;

    /** The page asked for, kept within sensible bounds. */
    static int page(int asked) {
        return Math.min(Math.max(asked, 1), LAST_PAGE);
    }

    static int offset(int page) {
        return (page(page) - 1) * SIZE;
    }

    /** Fetch one row more than a page ({@link #SIZE} + 1) and pass it here: the extra row means "next". */
    static <T> PageSlice<T> of(List<T> fetched, int page) {
        boolean more = fetched.size() > SIZE;
        return new PageSlice<>(more ? fetched.subList(0, SIZE) : fetched, page(page), more);
    }

    /** How many pages {@code total} rows make (at least 1), for "Pagina 3 van 1.234" (issue 15). */
    static long pages(long total) {
        return Math.max(1, (total + SIZE - 1) / SIZE);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }
}
