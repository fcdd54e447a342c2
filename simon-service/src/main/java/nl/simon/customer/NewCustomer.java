package nl.simon.customer;

/** What an office user types to add a customer by hand. */
public record NewCustomer(String name, String address, String zipcode, String city, String fsClientNr) {}
