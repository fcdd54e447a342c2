package nl.simon.factuursturen.emulator.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.simon.factuursturen.emulator.Fault;

/** Armed faults, first armed first used; each counts down its {@code times}. */
public final class Faults {

    private final List<Armed> armed = new ArrayList<>();

    private static final class Armed {
        private final Fault fault;
        private int left;

        Armed(Fault fault) {
            this.fault = fault;
            this.left = fault.times();
        }
    }

    public synchronized void add(Fault fault) {
        armed.add(new Armed(fault));
    }

    public synchronized void clear() {
        armed.clear();
    }

    /** Takes one use of the first fault matching the request. */
    public synchronized Optional<Fault> take(String method, String path) {
        for (int i = 0; i < armed.size(); i++) {
            Armed candidate = armed.get(i);
            if (candidate.fault.matches(method, path)) {
                if (candidate.left > 0 && --candidate.left == 0) {
                    armed.remove(i);
                }
                return Optional.of(candidate.fault);
            }
        }
        return Optional.empty();
    }

    /** The armed faults with the uses they have left (-1 = until cleared). */
    public synchronized List<Fault> remaining() {
        return armed.stream().map(entry -> entry.fault.times(entry.left)).toList();
    }

    public synchronized boolean isEmpty() {
        return armed.isEmpty();
    }
}
