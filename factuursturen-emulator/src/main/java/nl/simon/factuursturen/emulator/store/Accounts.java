package nl.simon.factuursturen.emulator.store;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** All emulated accounts by username. */
public final class Accounts {

    private final ConcurrentHashMap<String, Account> byUsername = new ConcurrentHashMap<>();

    /** Adds a new empty account; false when the username is taken. */
    public boolean add(Account account) {
        return byUsername.putIfAbsent(account.username(), account) == null;
    }

    /** Adds or replaces. */
    public void put(Account account) {
        byUsername.put(account.username(), account);
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    /** The account whose username and API key both match (HTTP Basic, docs/factuursturen-api.md §1.2). */
    public Optional<Account> authenticate(String username, String apiKey) {
        return find(username).filter(account -> account.acceptsKey(apiKey));
    }

    public Collection<Account> all() {
        return byUsername.values();
    }

    public void clear() {
        byUsername.clear();
    }
}
