package nl.simon.shared;

/** Where a customer or item was made: in Simon by hand, or pulled from FactuurSturen. */
public enum Origin {
    SIMON,
    FACTUURSTUREN
}
