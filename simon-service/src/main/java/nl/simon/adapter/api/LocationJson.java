package nl.simon.adapter.api;

import java.time.Instant;
import nl.simon.customer.Location;
import nl.simon.shared.Origin;

/** {@code origin}: FACTUURSTUREN for the work address the pull makes from an FS client's address (not editable). */
record LocationJson(
        long id,
        long customerId,
        String name,
        String address,
        String zipcode,
        String city,
        Instant changedAt,
        Origin origin) {

    static LocationJson of(Location location) {
        return new LocationJson(
                location.id().value(),
                location.customer().value(),
                location.name(),
                location.address().street(),
                location.address().zipcode(),
                location.address().city(),
                location.changedAt(),
                location.fromFactuurSturen() ? Origin.FACTUURSTUREN : Origin.SIMON);
    }
}
