package nl.simon.factuursturen.emulator.wire;

import java.util.Set;

/**
 * One attribute of a resource: its wire name, its kind, whether a client may write it, its documented
 * maximum length (0 = none), the values it allows (empty = any) and its value on a new record.
 */
public record Field(String name, Kind kind, boolean writable, int maxLength, Set<String> allowed, Object initial) {

    public static Field text(String name, int maxLength) {
        return new Field(name, Kind.TEXT, true, maxLength, Set.of(), "");
    }

    public static Field choice(String name, String initial, String... allowed) {
        return new Field(name, Kind.TEXT, true, 0, Set.of(allowed), initial);
    }

    public static Field of(String name, Kind kind, Object initial) {
        return new Field(name, kind, true, 0, Set.of(), initial);
    }

    public static Field readOnly(String name, Kind kind, Object initial) {
        return new Field(name, kind, false, 0, Set.of(), initial);
    }
}
