package nl.simon.adapter.api;

import java.time.Instant;
import nl.simon.customer.Location;

record LocationJson(
        long id, long customerId, String name, String address, String zipcode, String city, Instant changedAt) {

    static LocationJson of(Location location) {
        return new LocationJson(
                location.id().value(),
                location.customer().value(),
                location.name(),
                location.address().street(),
                location.address().zipcode(),
                location.address().city(),
                location.changedAt());
    }
}
