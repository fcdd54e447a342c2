package nl.simon.factuursturen.emulator.wire;

/**
 * How a field travels on the wire (docs/factuursturen-api.md §3). Every scalar is stored as the exact string
 * the real API sends; only the keyed collections hold structured values.
 */
public enum Kind {
    /** free text, {@code ""} when empty */
    TEXT,
    /** whole number as a string: {@code "30"} */
    INTEGER,
    /** money with two decimals as a string: {@code "62.92"} */
    AMOUNT,
    /** a float printed the PHP way, no trailing zeros: {@code "120"}, {@code "145.2"} */
    DECIMAL,
    /** boolean as {@code "true"} / {@code "false"} (clients) */
    FLAG_WORD,
    /** boolean as {@code "1"} / {@code "0"} (invoice {@code collection}) */
    FLAG_DIGIT,
    /** {@code "YYYY-MM-DD"} or {@code ""} */
    DATE,
    /** country id as a string; on write an id or a (Dutch) country name */
    COUNTRY,
    /** {@code {"line1":"","line2":"","line3":""}} */
    REFERENCE,
    /** {@code {"line1":{…}}} or {@code []}, numbers inside */
    LINES,
    /** {@code {"tax1":{"rate":21,"sum":"10.92","sum_of":"52.00"}}} or {@code []} */
    TAXES,
    /** {@code {"item1":{"date":…,"time":"HH:MM","description":…}}} or {@code []} */
    HISTORY;

    public boolean isScalar() {
        return ordinal() <= COUNTRY.ordinal();
    }
}
