package nl.simon.integration.push;

import java.util.List;
import nl.simon.integration.fs.Draft;

/** What composing a work order's draft invoice comes to: a draft, or the reason there is none. */
public sealed interface Composition {
    /** Ready to send. */
    record Ready(Draft draft) implements Composition {}

    /**
     * Why there is no draft: a code ({@code EXCLUDED}, {@code NO_CUSTOMER}, {@code NO_FS_CLIENT},
     * {@code UNKNOWN_PRODUCT}; the preview's message is {@code preview.<reason>}) and its parameters.
     */
    sealed interface Refusal extends Composition {
        String reason();

        List<Object> parameters();
    }

    /** A setting of the integration by its field name ({@code workTimeProductCode}), shown by its label. */
    record Setting(String field) {}

    /** The description holds the exclusion word: not sent, on purpose (docs/product.md §5.6). */
    record Excluded(String word) implements Refusal {
        @Override
        public String reason() {
            return "EXCLUDED";
        }

        @Override
        public List<Object> parameters() {
            return List.of(word);
        }
    }

    /** No customer on the work order: FS cannot make a draft without a debtor (docs/product.md §2.3). */
    record NoCustomer() implements Refusal {
        @Override
        public String reason() {
            return "NO_CUSTOMER";
        }

        @Override
        public List<Object> parameters() {
            return List.of();
        }
    }

    /** The customer has no FactuurSturen client number (made in Simon). */
    record NoFsClient(String customerName) implements Refusal {
        @Override
        public String reason() {
            return "NO_FS_CLIENT";
        }

        @Override
        public List<Object> parameters() {
            return List.of(customerName);
        }
    }

    /** A product code of the settings is known neither in Simon nor in FactuurSturen. */
    record UnknownProduct(String field, String code) implements Refusal {
        @Override
        public String reason() {
            return "UNKNOWN_PRODUCT";
        }

        @Override
        public List<Object> parameters() {
            return List.of(new Setting(field), code);
        }
    }
}
