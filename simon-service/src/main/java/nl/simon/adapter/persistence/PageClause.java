package nl.simon.adapter.persistence;

/**
 * {@code LIMIT n OFFSET m} written into a list's statement as numbers, not bound (issue 17). A prepared statement
 * that runs often gets a generic plan, and a generic plan does not know a bound limit: for the work-order list it
 * joined and sorted all of a status's rows to return 51 (1.3–1.6 s at 200,000 work orders) where the literal limit
 * lets PostgreSQL walk the list's index and stop. The values are whole numbers from the code, never text.
 */
final class PageClause {
    private PageClause() {}

    static String of(int limit, long offset) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
        return " LIMIT " + limit + " OFFSET " + offset;
    }
}
