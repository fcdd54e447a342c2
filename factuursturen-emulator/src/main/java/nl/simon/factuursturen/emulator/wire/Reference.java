package nl.simon.factuursturen.emulator.wire;

/** The three reference lines printed on an invoice ({@code reference.line1..3}). */
public record Reference(String line1, String line2, String line3) {

    public static final Reference EMPTY = new Reference("", "", "");

    public String joined() {
        return String.join(" ", line1, line2, line3).trim();
    }
}
