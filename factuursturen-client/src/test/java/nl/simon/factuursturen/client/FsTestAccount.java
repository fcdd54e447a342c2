package nl.simon.factuursturen.client;

import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.simon.factuursturen.emulator.EmulatedAccount;
import tools.jackson.databind.JsonNode;

/**
 * The FactuurSturen account one test works in (see {@link FsUnderTest}): a new emulated account, or the
 * real account shared by the whole run. Everything a test makes here carries this test's own prefix
 * ({@link #name}: {@code "SIT"} and three random characters, short enough for a 20-character savename) and
 * is removed again by {@link #close()}: the records made with {@link #create}, newest first, and every
 * saved invoice whose name starts with the prefix (the drafts the client made).
 */
final class FsTestAccount implements AutoCloseable {
    /** Every record the client's integration tests make starts with this ("Simon integration test"). */
    static final String PREFIX = "SIT";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyz23456789";

    private final EmulatedAccount emulated;
    private final URI baseUrl;
    private final Credentials credentials;
    private final FsHttp http;
    private final String prefix;
    private final Deque<String> created = new ArrayDeque<>();
    private final Set<String> createdIds = new HashSet<>();

    private FsTestAccount(EmulatedAccount emulated, URI baseUrl, String username, String apiKey) {
        this.emulated = emulated;
        this.baseUrl = baseUrl;
        this.credentials = new Credentials(username, apiKey);
        this.http = new FsHttp(baseUrl, username, apiKey);
        StringBuilder own = new StringBuilder(PREFIX);
        for (int i = 0; i < 3; i++) {
            own.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        this.prefix = own.toString();
    }

    static FsTestAccount emulated(EmulatedAccount account, URI baseUrl, String apiKey) {
        return new FsTestAccount(account, baseUrl, account.username(), apiKey);
    }

    static FsTestAccount real(URI baseUrl, String username, String apiKey) {
        return new FsTestAccount(null, baseUrl, username, apiKey);
    }

    /** {@code text} with this test's prefix in front: for company names, product codes and savenames. */
    String name(String text) {
        return prefix + " " + text;
    }

    /** This test's product code prefix (no space: codes are looked up exactly). */
    String code(String code) {
        return prefix + code;
    }

    String prefix() {
        return prefix;
    }

    URI baseUrl() {
        return baseUrl;
    }

    Credentials credentials() {
        return credentials;
    }

    String username() {
        return credentials.username();
    }

    FsHttp http() {
        return http;
    }

    FactuurSturenClient client() {
        return client(UnaryOperator.identity());
    }

    FactuurSturenClient client(UnaryOperator<ClientSettings> settings) {
        return new FactuurSturenClient(settings.apply(ClientSettings.of(baseUrl, credentials)));
    }

    /** The emulated account; only for tests tagged {@link FsUnderTest#EMULATOR_ONLY}. */
    EmulatedAccount emulated() {
        if (emulated == null) {
            throw new IllegalStateException("this test needs the emulator; tag it " + FsUnderTest.EMULATOR_ONLY);
        }
        return emulated;
    }

    /**
     * Creates a record as {@code POST {resource}} does and answers its id; removed again by {@link #close()}.
     * On the emulator without HTTP (no quota used), on the real service through its API.
     */
    String create(String resource, Map<String, ?> fields) {
        return remember(resource, emulated != null ? emulated.create(resource, fields) : http.create(resource, fields));
    }

    /** A record made through {@link #http()} ({@code resource/id}), to be removed by {@link #close()}. */
    String remember(String resource, String id) {
        created.push(resource + "/" + id);
        createdIds.add(id);
        return id;
    }

    /**
     * Of these ids or names, the ones this test made: on the emulator the account holds nothing else, so
     * all of them, in their order; on the real account the ids {@link #create} answered and the names with
     * this test's prefix.
     */
    List<String> ours(Stream<String> idsOrNames) {
        if (emulated != null) {
            return idsOrNames.toList();
        }
        return idsOrNames
                .filter(value -> createdIds.contains(value) || isOurs(value))
                .toList();
    }

    /** Rows in a list resource ({@code clients}, {@code invoices}, {@code invoices_saved}, …). */
    long count(String resource) {
        if (emulated != null) {
            return emulated.count(resource);
        }
        return rows(resource).size();
    }

    /** Removes what this test made: its drafts (by prefix), then its records, newest first. */
    @Override
    public void close() {
        List<String> failures = new ArrayList<>();
        for (JsonNode draft : rows("invoices_saved")) {
            if (isOurs(draft.path("name").asString(""))) {
                remove("invoices_saved/" + draft.path("id").asString(), failures);
            }
        }
        while (!created.isEmpty()) {
            remove(created.pop(), failures);
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("test data left in FactuurSturen account " + username() + ": " + failures);
        }
    }

    private boolean isOurs(String name) {
        return name.strip().toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }

    private void remove(String path, List<String> failures) {
        FsHttp.Answer answer = http.delete(path);
        if (answer.status() != 200 && answer.status() != 204 && answer.status() != 404) {
            failures.add("DELETE " + path + " -> " + answer.status() + " " + answer.body());
        }
    }

    /** Every row of a list, read in pages of 100 with {@code count}/{@code start}. */
    private List<JsonNode> rows(String resource) {
        List<JsonNode> rows = new ArrayList<>();
        for (int start = 0; ; start += 100) {
            FsHttp.Answer answer = http.get(resource + "?count=100&start=" + start);
            if (answer.status() != 200) {
                throw new IllegalStateException(
                        "GET " + resource + " answered " + answer.status() + ": " + answer.body());
            }
            JsonNode page = answer.json();
            page.forEach(rows::add);
            if (page.size() < 100) {
                return rows;
            }
        }
    }
}
