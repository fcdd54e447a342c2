package nl.simon.factuursturen.emulator.demo;

import java.util.Map;

/**
 * Many realistic-looking clients and products for load tests and benchmarks ({@code POST
 * /_emulator/seed}): client {@code i} is "Bedrijf i B.V." in one of a few Dutch cities, product
 * {@code i} has code {@code P000i}, a price and 21 % VAT. Made through the API's own create path.
 */
public final class SyntheticDataSet {
    private static final String[] CITIES = {"Utrecht", "Amsterdam", "Rotterdam", "Zwolle", "Eindhoven", "Groningen"};

    private SyntheticDataSet() {}

    public static void clients(DemoDataSet.Creator creator, int count) {
        for (int i = 1; i <= count; i++) {
            creator.create(
                    "clients",
                    Map.of(
                            "company", "Bedrijf " + i + " B.V.",
                            "contact", "Contact " + i,
                            "address", "Kerkstraat " + (i % 300 + 1),
                            "zipcode", (1000 + i % 8999) + " AB",
                            "city", CITIES[i % CITIES.length],
                            "email", "klant" + i + "@example.nl"));
        }
    }

    public static void products(DemoDataSet.Creator creator, int count) {
        for (int i = 1; i <= count; i++) {
            creator.create(
                    "products",
                    Map.of(
                            "code",
                            String.format("P%05d", i),
                            "name",
                            "Artikel " + i,
                            "price",
                            (i % 500 + 1) + ".95",
                            "taxes",
                            "21"));
        }
    }
}
