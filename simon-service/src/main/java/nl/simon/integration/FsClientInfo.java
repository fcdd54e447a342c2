package nl.simon.integration;

/** A FactuurSturen client as Simon keeps it: its number, name, default (debtor) address and flags. */
public record FsClientInfo(String clientnr, String name, String address, String zipcode, String city, String country,
        String email, String phone, boolean active) {
}
