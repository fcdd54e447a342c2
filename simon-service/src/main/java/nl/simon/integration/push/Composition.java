package nl.simon.integration.push;

import nl.simon.integration.fs.Draft;

/** What composing a work order's draft invoice comes to: a draft, or the reason there is none. */
public sealed interface Composition {
    /** Ready to send. */
    record Ready(Draft draft) implements Composition {
    }

    /** The description holds the exclusion word: not sent, on purpose (docs/product.md §5.6). */
    record Excluded(String word) implements Composition {
    }

    /** No customer on the work order: FS cannot make a draft without a debtor (docs/product.md §2.3). */
    record NoCustomer() implements Composition {
    }

    /** The customer has no FactuurSturen client number (made in Simon). */
    record NoFsClient(String customerName) implements Composition {
    }

    /** A product code of the settings is known neither in Simon nor in FactuurSturen. */
    record UnknownProduct(String field, String code) implements Composition {
    }
}
