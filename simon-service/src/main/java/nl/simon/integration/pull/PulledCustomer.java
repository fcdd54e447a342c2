package nl.simon.integration.pull;

import nl.simon.integration.fs.FsClientInfo;

/** A FactuurSturen client with the fingerprint of what Simon keeps of it. */
public record PulledCustomer(FsClientInfo client, String hash) {
    static PulledCustomer of(FsClientInfo c) {
        return new PulledCustomer(c, ContentHash.of(c.name(), c.address(), c.zipcode(), c.city(), c.country(),
                c.email(), c.phone(), c.active()));
    }

    public boolean hasAddress() {
        return client.address() != null && !client.address().isBlank();
    }
}
