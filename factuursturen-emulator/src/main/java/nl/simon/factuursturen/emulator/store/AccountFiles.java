package nl.simon.factuursturen.emulator.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.simon.factuursturen.emulator.wire.Field;
import nl.simon.factuursturen.emulator.wire.HistoryItem;
import nl.simon.factuursturen.emulator.wire.Line;
import nl.simon.factuursturen.emulator.wire.Reference;
import nl.simon.factuursturen.emulator.wire.Row;
import nl.simon.factuursturen.emulator.wire.Schema;
import nl.simon.factuursturen.emulator.wire.Schemas;
import nl.simon.factuursturen.emulator.wire.TaxSum;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps each account in a JSON file of its own in a folder (demo mode: {@code ./data/emulator}), so a
 * restarted emulator still has the drafts, clients and quotations it had. Each change rewrites the account's
 * file whole: written to a temporary file first and then moved over the old one, so a {@code kill -9} leaves
 * the old file or the new one, never a torn one. Quota use and request counts are not kept.
 */
public final class AccountFiles {
    private static final String SUFFIX = ".account.json";
    private static final TypeReference<List<Line>> LINES = new TypeReference<>() {};
    private static final TypeReference<List<TaxSum>> TAXES = new TypeReference<>() {};
    private static final TypeReference<List<HistoryItem>> HISTORY = new TypeReference<>() {};

    private final Path directory;
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    public AccountFiles(Path directory) {
        this.directory = directory.toAbsolutePath();
        try {
            Files.createDirectories(this.directory);
        } catch (IOException e) {
            throw new UncheckedIOException("emulator data folder " + this.directory + " could not be made", e);
        }
    }

    public Path directory() {
        return directory;
    }

    /** Every account kept in the folder. */
    public List<Account> load() {
        List<Account> accounts = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                accounts.add(read(json.readTree(Files.readString(file, StandardCharsets.UTF_8))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("emulator data in " + directory + " could not be read", e);
        }
        return accounts;
    }

    /** Writes the account (call under its write lock, see {@link Account#locked}) atomically. */
    public void save(Account account) {
        Path file = fileOf(account.username());
        Path temporary = directory.resolve(file.getFileName() + ".tmp");
        try {
            Files.writeString(temporary, json.writeValueAsString(snapshot(account)), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("emulator account " + account.username() + " could not be saved", e);
        }
    }

    /** Removes every kept account (the control endpoint's reset). */
    public void deleteAll() {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("emulator data in " + directory + " could not be removed", e);
        }
    }

    private Path fileOf(String username) {
        return directory.resolve(
                Base64.getUrlEncoder().withoutPadding().encodeToString(username.getBytes(StandardCharsets.UTF_8))
                        + SUFFIX);
    }

    private Map<String, Object> snapshot(Account account) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("username", account.username());
        out.put("apiKey", account.apiKey());
        out.put("hourlyLimit", account.quota().hourlyLimit());
        out.put("lastInvoiceNumbers", new LinkedHashMap<>(account.lastInvoiceNumbers()));
        out.put("invoicePrefix", account.invoicePrefix());
        out.put("balance", account.balance().toPlainString());
        Map<String, Object> tables = new LinkedHashMap<>();
        tables(account).forEach((name, table) -> tables.put(name, table(table)));
        out.put("tables", tables);
        return out;
    }

    private static Map<String, Object> table(Table table) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lastId", table.lastId());
        out.put("rows", table.stream().map(AccountFiles::row).toList());
        return out;
    }

    private static Map<String, Object> row(Row row) {
        Map<String, Object> values = new LinkedHashMap<>();
        Schema schema = row.schema();
        for (int i = 0; i < schema.size(); i++) {
            values.put(schema.field(i).name(), row.value(i));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", row.id());
        out.put("values", values);
        return out;
    }

    private Account read(JsonNode node) {
        Account account = new Account(
                node.get("username").asString(),
                node.get("apiKey").asString(),
                node.get("hourlyLimit").asInt());
        node.get("lastInvoiceNumbers")
                .properties()
                .forEach(entry -> account.reserveInvoiceNumber(
                        Integer.parseInt(entry.getKey()), entry.getValue().asLong()));
        if (node.hasNonNull("invoicePrefix")) { // files written before issue 18 have none: "F"
            account.changeInvoicePrefix(node.get("invoicePrefix").asString());
        }
        if (node.hasNonNull("balance")) {
            account.changeBalance(new java.math.BigDecimal(node.get("balance").asString()));
        }
        JsonNode tables = node.get("tables");
        tables(account).forEach((name, table) -> {
            JsonNode stored = tables.get(name);
            if (stored != null) {
                Schema schema = SCHEMAS.get(name);
                for (JsonNode row : stored.get("rows")) {
                    table.put(row(schema, row));
                }
                table.continueAfter(stored.get("lastId").asLong());
            }
        });
        return account;
    }

    private Row row(Schema schema, JsonNode stored) {
        Row.Builder builder = schema.newRow();
        JsonNode values = stored.get("values");
        for (Field field : schema.fields()) {
            JsonNode value = values.get(field.name());
            if (value != null && !value.isNull()) {
                builder.set(field.name(), value(field, value));
            }
        }
        return builder.build(stored.get("id").asLong());
    }

    private Object value(Field field, JsonNode value) {
        return switch (field.kind()) {
            case REFERENCE -> json.treeToValue(value, Reference.class);
            case LINES -> json.convertValue(value, LINES);
            case TAXES -> json.convertValue(value, TAXES);
            case HISTORY -> json.convertValue(value, HISTORY);
            default -> value.asString();
        };
    }

    private static final Map<String, Schema> SCHEMAS = Map.of(
            "clients",
            Schemas.CLIENT,
            "products",
            Schemas.PRODUCT,
            "invoices",
            Schemas.INVOICE,
            "savedInvoices",
            Schemas.SAVED_INVOICE,
            "repeatedInvoices",
            Schemas.REPEATED_INVOICE,
            "quotations",
            Schemas.QUOTATION);

    private static Map<String, Table> tables(Account account) {
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("clients", account.clients());
        tables.put("products", account.products());
        tables.put("invoices", account.invoices());
        tables.put("savedInvoices", account.savedInvoices());
        tables.put("repeatedInvoices", account.repeatedInvoices());
        tables.put("quotations", account.quotations());
        return tables;
    }
}
