package nl.simon.customer;

/** A postal address; each part may be absent. */
public record Address(String street, String zipcode, String city) {
    public static final Address NONE = new Address(null, null, null);

    /** One line for display and invoices, e.g. "Dorpsstraat 1, 1234 AB Utrecht". */
    public String oneLine() {
        String place = join(" ", zipcode, city);
        return join(", ", street, place);
    }

    private static String join(String separator, String first, String second) {
        boolean hasFirst = first != null && !first.isBlank();
        boolean hasSecond = second != null && !second.isBlank();
        if (hasFirst && hasSecond) {
            return first + separator + second;
        }
        return hasFirst ? first : hasSecond ? second : "";
    }
}
