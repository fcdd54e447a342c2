package nl.simon.factuursturen.emulator.reference;

/** A bookkeeping category ({@code GET categories}) with its ledger number. */
public record Category(String id, String name, String ledger) {}
