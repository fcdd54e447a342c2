package nl.simon.testing;

import java.util.Map;
import nl.simon.factuursturen.emulator.EmulatedAccount;

/**
 * The data the tests put in an emulated FS account: a small catalogue of products by code (each at
 * 21% VAT) and the customer most tests invoice, Bakkerij Jansen with a full address.
 */
public final class FsAccountData {
    private static final Map<String, String[]> PRODUCTS = Map.of(
            "0001", new String[] {"Reistijd", "45.00"},
            "0002", new String[] {"Werktijd", "62.50"},
            "0003", new String[] {"Voorrijkosten", "35.00"},
            "1001", new String[] {"Thermostaatkraan", "34.50"},
            "2001", new String[] {"Onderhoudsset", "24.95"});

    private FsAccountData() {}

    /** Creates the products with these codes, in this order, as they are in the catalogue above. */
    public static void products(EmulatedAccount account, String... codes) {
        for (String code : codes) {
            String[] product = PRODUCTS.get(code);
            if (product == null) {
                throw new IllegalArgumentException("no test product " + code);
            }
            account.create("products", Map.of("code", code, "name", product[0], "price", product[1], "taxes", "21"));
        }
    }

    /** Creates Bakkerij Jansen, Dorpsstraat 1, 1234 AB Utrecht; answers its client number. */
    public static String bakkerijJansen(EmulatedAccount account) {
        return account.create(
                "clients",
                Map.of(
                        "company",
                        "Bakkerij Jansen",
                        "address",
                        "Dorpsstraat 1",
                        "zipcode",
                        "1234 AB",
                        "city",
                        "Utrecht"));
    }
}
