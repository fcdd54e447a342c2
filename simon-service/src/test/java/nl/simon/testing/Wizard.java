package nl.simon.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/** Runs the activation wizard over the REST API against an FS account (emulator), and talks to that account. */
public final class Wizard {
    public static final String ALL_TABLES = "{\"tables\": [\"ItemGroup\", \"Item\", \"WorkOrder\", \"Location\","
            + " \"Customer\", \"Object\", \"ContactPerson\"]}";
    public static final String SETTINGS = """
            {"quotationsToWorkOrders": false, "quotationFilterWord": null, "quotationLinesAsUsedItems": true,
             "workDescriptionSource": "QUOTATION_NAME", "customerReferenceSource": "QUOTATION_REFERENCE",
             "travelTimeProductCode": null, "workTimeProductCode": null, "standardProductCode": null,
             "workOrderExclusionWord": null, "descriptionAsFirstLine": false,
             "invoiceReference": "WORK_ADDRESS", "invoiceName": "WORK_ORDER_NUMBER"}""";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Api admin;
    private final String baseUrl;
    private final String username;
    private final String apiKey;

    public Wizard(Api admin, String baseUrl, String username, String apiKey) {
        this.admin = admin;
        this.baseUrl = baseUrl;
        this.username = username;
        this.apiKey = apiKey;
    }

    /** Wipe, connect, default settings, accept the terms; answers the integration after activation. */
    public JsonNode activate() {
        expect(admin.post("/api/integration/wipe", ALL_TABLES), 200);
        expect(
                admin.post(
                        "/api/integration/connect",
                        "{\"username\": \"%s\", \"apiKey\": \"%s\", \"baseUrl\": \"%s\"}"
                                .formatted(username, apiKey, baseUrl)),
                200);
        expect(admin.send("PUT", "/api/integration/settings", "application/json", SETTINGS), 200);
        return expect(admin.post("/api/integration/activate", "{\"acceptTerms\": true}"), 200)
                .json();
    }

    /** Waits until the first import after activation has finished. */
    public JsonNode awaitImport() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> admin.get("/api/integration")
                        .json()
                        .at("/initialImport/finished")
                        .asBoolean());
        return admin.get("/api/integration").json();
    }

    /** "Sync now", then waits until that run has completed. */
    public void syncNow() {
        String before = admin.get("/api/integration").text("lastSyncAt");
        expect(admin.post("/api/integration/sync"), 202);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            String now = admin.get("/api/integration").text("lastSyncAt");
            return now != null && !now.equals(before);
        });
    }

    /** A call on the FS account itself (as the FS web app would change data). */
    public int fs(String method, String path, String json) {
        String token = Base64.getEncoder().encodeToString((username + ":" + apiKey).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Api.Response expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but was " + response);
        }
        return response;
    }
}
