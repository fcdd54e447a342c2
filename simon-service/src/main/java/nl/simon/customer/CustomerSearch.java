package nl.simon.customer;

/**
 * What a customer list or picker asks for: {@code query} (null for all) is found, ignoring case, in the name,
 * address, zipcode, city or FS client number; {@code activeOnly} leaves out hidden customers and
 * {@code invoiceableOnly} keeps only active customers that FactuurSturen knows (an FS client number), the ones a
 * draft invoice can go to.
 */
public record CustomerSearch(String query, boolean activeOnly, boolean invoiceableOnly) {
    public static CustomerSearch of(String query) {
        return new CustomerSearch(query, false, false);
    }
}
