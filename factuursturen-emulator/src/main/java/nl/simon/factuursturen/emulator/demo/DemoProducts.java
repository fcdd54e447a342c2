package nl.simon.factuursturen.emulator.demo;

import java.util.List;
import java.util.Map;

/** The demo products: the three hour and call-out products the integration settings point at, and materials. */
final class DemoProducts {

    static final List<Map<String, ?>> ALL = List.of(
            product("0001", "Reistijd", "45.00", 21),
            product("0002", "Werktijd", "62.50", 21),
            product("0003", "Voorrijkosten", "35.00", 21),
            product("1001", "Onderhoudsset cv-ketel", "24.95", 21),
            product("1002", "Thermostatische radiatorkraan", "27.50", 21),
            product("1003", "Koperen buis 15 mm (per meter)", "6.40", 21),
            product("1004", "Kogelkraan 1/2 inch", "12.75", 21),
            product("1005", "Rookmelder 10 jaar", "19.95", 21),
            product("1006", "Vakliteratuur installatietechniek", "39.00", 9));

    private DemoProducts() {}

    private static Map<String, ?> product(String code, String name, String price, int taxes) {
        return Map.of("code", code, "name", name, "price", price, "taxes", taxes);
    }
}
