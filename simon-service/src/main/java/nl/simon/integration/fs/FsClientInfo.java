package nl.simon.integration.fs;

import nl.simon.shared.Input;

/** A FactuurSturen client as Simon keeps it: its number, name, default (debtor) address and flags. */
public record FsClientInfo(
        String clientnr,
        String name,
        String address,
        String zipcode,
        String city,
        String country,
        String email,
        String phone,
        boolean active) {

    /** FactuurSturen's texts cut to what Simon stores (shared/Input, migration V8): a long one never stops a pull. */
    public FsClientInfo {
        name = Input.cut(name, Input.MAX_NAME);
        address = Input.cut(address, Input.MAX_ADDRESS);
        zipcode = Input.cut(zipcode, Input.MAX_ZIPCODE);
        city = Input.cut(city, Input.MAX_CITY);
        country = Input.cut(country, 100);
        email = Input.cut(email, 255);
        phone = Input.cut(phone, 100);
    }
}
