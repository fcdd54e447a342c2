package nl.simon.factuursturen.emulator.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One FactuurSturen account: its credentials, its quota and its data. All changes to an account run one
 * at a time through {@link #write(Supplier)}, so a change that touches several tables (sending an invoice
 * updates the client's {@code lastinvoice}) is atomic; reads never wait.
 */
public final class Account {

    private final String username;
    private final byte[] apiKey;
    private final Quota quota;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Map<Integer, Long> lastInvoiceNumberByYear = new HashMap<>();

    private final Table clients = Table.withoutUniqueKey();
    private final Table products = Table.withoutUniqueKey();
    private final Table invoices = new Table("invoicenr");
    private final Table savedInvoices = new Table("name");
    private final Table repeatedInvoices = new Table("name");
    private final Table quotations = new Table("savename");
    private final Map<Long, Long> draftSavedAt = new ConcurrentHashMap<>();
    /** Called after every change, still under the write lock: demo mode keeps the account in a file (AccountFiles). */
    /** Account settings (issue 18): the invoice number prefix ("F" as in fixture F20150001; "" allowed) and the balance. */
    private volatile String invoicePrefix = "F";

    private volatile BigDecimal balance = BigDecimal.ZERO.setScale(2);
    private volatile Consumer<Account> afterWrite = account -> {};

    public Account(String username, String apiKey, int hourlyLimit) {
        this.username = username;
        this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
        this.quota = new Quota(hourlyLimit);
    }

    public String username() {
        return username;
    }

    public boolean acceptsKey(String candidate) {
        return MessageDigest.isEqual(apiKey, candidate.getBytes(StandardCharsets.UTF_8));
    }

    public Quota quota() {
        return quota;
    }

    public <T> T write(Supplier<T> change) {
        writeLock.lock();
        try {
            return change.get();
        } finally {
            try {
                afterWrite.accept(this);
            } finally {
                writeLock.unlock();
            }
        }
    }

    /** What runs after each change (under the write lock), e.g. saving the account to its file. */
    public void afterWrite(Consumer<Account> listener) {
        this.afterWrite = listener;
    }

    /** Runs {@code reading} under the write lock, so it sees no change half done (a consistent snapshot). */
    public <T> T locked(Supplier<T> reading) {
        writeLock.lock();
        try {
            return reading.get();
        } finally {
            writeLock.unlock();
        }
    }

    String apiKey() {
        return new String(apiKey, StandardCharsets.UTF_8);
    }

    Map<Integer, Long> lastInvoiceNumbers() {
        return lastInvoiceNumberByYear;
    }

    /** The next invoice number of a year (call inside {@link #write}); an explicit one must be free. */
    public long nextInvoiceNumber(int year) {
        long next = lastInvoiceNumberByYear.getOrDefault(year, 0L) + 1;
        lastInvoiceNumberByYear.put(year, next);
        return next;
    }

    public String invoicePrefix() {
        return invoicePrefix;
    }

    /** Call inside {@link #write}. At most 10 characters, no {@code /}, no whitespace; "" means none. */
    public void changeInvoicePrefix(String prefix) {
        if (prefix == null
                || prefix.length() > 10
                || prefix.contains("/")
                || !prefix.strip().equals(prefix)
                || prefix.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("invoicePrefix must be at most 10 characters without / or spaces");
        }
        this.invoicePrefix = prefix;
    }

    public BigDecimal balance() {
        return balance;
    }

    /** Call inside {@link #write}; kept with 2 decimals. */
    public void changeBalance(BigDecimal balance) {
        this.balance = balance.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public void reserveInvoiceNumber(int year, long number) {
        lastInvoiceNumberByYear.merge(year, number, Math::max);
    }

    /** Notes the wall-clock time (epoch ms) a draft was stored: control endpoint {@code drafts}, for latency figures. */
    public void draftSaved(long id, long epochMillis) {
        draftSavedAt.put(id, epochMillis);
    }

    /** When the draft {@code id} was stored (epoch ms), if it was. */
    public OptionalLong draftSavedAt(long id) {
        Long at = draftSavedAt.get(id);
        return at == null ? OptionalLong.empty() : OptionalLong.of(at);
    }

    public Table clients() {
        return clients;
    }

    public Table products() {
        return products;
    }

    public Table invoices() {
        return invoices;
    }

    public Table savedInvoices() {
        return savedInvoices;
    }

    public Table repeatedInvoices() {
        return repeatedInvoices;
    }

    public Table quotations() {
        return quotations;
    }

    @Override
    public String toString() {
        return "Account[" + username + "]";
    }
}
