package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Demo mode keeps the emulator's accounts under {@code ./data/} (issue 12, item 14): a restarted emulator
 * answers exactly as before the restart (drafts, clients, quotations, ids that go on), and a
 * file is replaced atomically, never left half written. Without {@code keepAccountsIn} nothing is kept.
 */
class KeptAccountsIT {
    private static final String LINES =
            "[{\"amount\":\"2.50\",\"description\":\"0002 Werktijd\",\"price\":\"62.50\"," + "\"tax_rate\":\"21\"}]";

    @Test
    void a_restarted_emulator_answers_exactly_as_before_and_new_ids_go_on(@TempDir Path folder) throws IOException {
        String[] before;
        try (FactuurSturenEmulator first = FactuurSturenEmulator.start(0)) {
            assertThat(first.keepAccountsIn(folder)).isZero();
            first.loadDemoData();
            first.createAccount("bouw", "bouw-key");
            RawHttp http = new RawHttp(first.baseUrl()).as("bouw", "bouw-key");
            assertThat(http.postJson("clients", "{\"company\":\"Bakkerij\",\"address\":\"Dorpsstraat 1\"}")
                            .statusCode())
                    .isEqualTo(201);
            assertThat(http.postJson(
                                    "invoices",
                                    "{\"clientnr\":1,\"action\":\"save\",\"savename\":\"WB 1\",\"lines\":" + LINES
                                            + "}")
                            .statusCode())
                    .isEqualTo(201);
            assertThat(http.postJson("clients", "{\"company\":\"Weg BV\"}").statusCode())
                    .isEqualTo(201);
            assertThat(http.delete("clients/2").statusCode()).isEqualTo(200);
            before = answers(first);
        }
        assertThat(files(folder))
                .allSatisfy(name -> assertThat(name).endsWith(".account.json"))
                .hasSize(2);

        try (FactuurSturenEmulator second = FactuurSturenEmulator.start(0)) {
            assertThat(second.keepAccountsIn(folder)).isEqualTo(2);
            assertThat(answers(second)).containsExactly(before);
            RawHttp http = new RawHttp(second.baseUrl()).as("bouw", "bouw-key");
            assertThat(http.postJson(
                                    "invoices",
                                    "{\"clientnr\":1,\"action\":\"save\",\"savename\":\"WB 2\",\"lines\":" + LINES
                                            + "}")
                            .body())
                    .isEqualTo("2");
            assertThat(http.postJson(
                                    "invoices",
                                    "{\"clientnr\":1,\"action\":\"save\",\"savename\":\"wb 1\",\"lines\":" + LINES
                                            + "}")
                            .statusCode())
                    .as("the name index is restored too")
                    .isEqualTo(400);
            assertThat(http.postJson("clients", "{\"company\":\"Nieuw BV\"}").body())
                    .as("a removed id is not handed out again")
                    .isEqualTo("3");
            assertThat(new RawHttp(second.baseUrl())
                            .as("demo", "wrong")
                            .get("clients")
                            .statusCode())
                    .isEqualTo(401);
        }
        try (FactuurSturenEmulator third = FactuurSturenEmulator.start(0)) {
            third.keepAccountsIn(folder);
            assertThat(new RawHttp(third.baseUrl())
                            .as("bouw", "bouw-key")
                            .get("invoices_saved")
                            .body())
                    .contains("\"WB 1\"", "\"WB 2\"");
            third.reset();
        }
        assertThat(files(folder)).as("a reset removes the kept accounts").isEmpty();
    }

    @Test
    void without_a_folder_the_emulator_keeps_nothing(@TempDir Path folder) {
        try (FactuurSturenEmulator first = FactuurSturenEmulator.start(0)) {
            first.createAccount("bouw", "bouw-key");
        }
        try (FactuurSturenEmulator second = FactuurSturenEmulator.start(0)) {
            assertThat(second.account("bouw")).isEmpty();
        }
    }

    private static String[] answers(FactuurSturenEmulator emulator) {
        RawHttp bouw = new RawHttp(emulator.baseUrl()).as("bouw", "bouw-key");
        RawHttp demo = new RawHttp(emulator.baseUrl()).as("demo", "demo-api-key");
        return Stream.of(
                        bouw.get("clients"),
                        bouw.get("invoices_saved"),
                        bouw.get("invoices"),
                        bouw.get("clients/1"),
                        demo.get("clients"),
                        demo.get("products"),
                        demo.get("quotations"))
                .map(HttpResponse::body)
                .toArray(String[]::new);
    }

    private static java.util.List<String> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).toList();
        }
    }
}
