package nl.simon.factuursturen.emulator.wire;

/** One entry of an invoice's history: {@code date} YYYY-MM-DD, {@code time} HH:MM, a Dutch description. */
public record HistoryItem(String date, String time, String description) {}
