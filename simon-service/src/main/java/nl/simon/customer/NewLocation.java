package nl.simon.customer;

/** What an office user types to add a work address under a customer. */
public record NewLocation(String name, String address, String zipcode, String city) {}
