package nl.simon.deploy;

import static nl.simon.deploy.DeployFiles.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16, items 3 and 4: every YAML and JSON file in {@code deploy/} parses, and the manifests say what the
 * README promises (two replicas, probes on health and info, secrets from a Secret, resource limits; Compose
 * with PostgreSQL and two instances; alert rules and dashboard on the service's own metrics).
 * {@code DeployProbesIT} checks that the probed paths answer on the running service.
 */
class DeployFilesTest {

    @Test
    void every_yaml_and_json_file_in_deploy_parses() throws IOException {
        List<Path> yaml = DeployFiles.withExtension("yaml", "yml");
        assertThat(yaml)
                .extracting(p -> DeployFiles.folder().relativize(p).toString())
                .contains("compose.yaml", "k8s/deployment.yaml", "k8s/secret.yaml", "prometheus/simon-alerts.yml");
        for (Path file : yaml) {
            assertThat(DeployFiles.yamlDocuments(file)).as(file.toString()).isNotEmpty();
        }
        List<Path> json = DeployFiles.withExtension("json");
        assertThat(json).isNotEmpty();
        for (Path file : json) {
            assertThat(JsonMapper.shared().readTree(Files.readString(file)).isObject())
                    .as(file.toString())
                    .isTrue();
        }
    }

    @Test
    void the_deployment_runs_two_replicas_with_probes_on_health_and_info_secrets_and_limits() {
        Map<String, Object> deployment = k8s("Deployment");
        assertThat(at(deployment, "spec", "replicas")).isEqualTo(2);
        Object container = at(deployment, "spec", "template", "spec", "containers", "0");
        assertThat(DeployProbes.paths())
                .containsEntry("startupProbe", "/actuator/health")
                .containsEntry("livenessProbe", "/actuator/info")
                .containsEntry("readinessProbe", "/actuator/health");
        assertThat(at(container, "resources", "limits", "memory")).isNotNull();
        assertThat(at(container, "resources", "limits", "cpu")).isNotNull();

        List<?> env = (List<?>) at(container, "env");
        for (String secret : List.of("SIMON_SECRETS_KEY", "SIMON_OPERATOR_TOKEN", "SPRING_DATASOURCE_PASSWORD")) {
            Object variable = env.stream()
                    .filter(e -> secret.equals(at(e, "name")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(secret + " not set"));
            assertThat(at(variable, "value"))
                    .as(secret + " never in plain text")
                    .isNull();
            assertThat(at(variable, "valueFrom", "secretKeyRef", "name")).isEqualTo("simon-secrets");
        }
        assertThat(at(k8s("Secret"), "metadata", "name")).isEqualTo("simon-secrets");
        assertThat(objects(((Map<?, ?>) at(k8s("Secret"), "stringData")).keySet()))
                .containsExactlyInAnyOrder("SIMON_SECRETS_KEY", "SIMON_OPERATOR_TOKEN", "SPRING_DATASOURCE_PASSWORD");
        assertThat(at(k8s("ConfigMap"), "data").toString()).doesNotContainIgnoringCase("password=");
    }

    @Test
    void compose_runs_postgresql_and_two_instances_of_the_image_with_secrets_as_files() {
        Map<String, Object> compose = DeployFiles.yamlDocuments(
                        DeployFiles.folder().resolve("compose.yaml"))
                .get(0);
        Map<?, ?> services = (Map<?, ?>) compose.get("services");
        assertThat(objects(services.keySet())).containsExactlyInAnyOrder("postgres", "simon-1", "simon-2");
        for (String instance : List.of("simon-1", "simon-2")) {
            Object service = services.get(instance);
            assertThat(at(service, "image")).isEqualTo("simon-service:latest");
            assertThat(at(service, "environment", "SPRING_CONFIG_IMPORT")).isEqualTo("configtree:/run/secrets/");
            assertThat(objects((List<?>) at(service, "secrets")))
                    .contains("simon.secrets.key", "simon.operator.token", "spring.datasource.password");
            assertThat(at(service, "healthcheck", "test").toString()).contains("/actuator/health ");
        }
        assertThat(at(services.get("postgres"), "image").toString()).startsWith("postgres:");
    }

    @Test
    void the_alert_rules_and_the_dashboard_use_the_service_s_own_metrics() throws IOException {
        String rules = Files.readString(DeployFiles.folder().resolve("prometheus/simon-alerts.yml"));
        List<?> groups =
                (List<?>) DeployFiles.yamlDocuments(DeployFiles.folder().resolve("prometheus/simon-alerts.yml"))
                        .get(0)
                        .get("groups");
        assertThat((List<?>) at(groups, "0", "rules")).hasSizeGreaterThanOrEqualTo(5);
        JsonNode dashboard = JsonMapper.shared()
                .readTree(Files.readString(DeployFiles.folder().resolve("grafana/simon-dashboard.json")));
        String expressions = dashboard.findValues("expr").toString();
        for (String metric : List.of(
                "simon_tenants{state=\\\"suspended\\\"}",
                "simon_pushes_queued",
                "simon_pushes_failed",
                "simon_push_oldest_queued_age_seconds",
                "simon_tenants_pull_failing")) {
            assertThat(rules.replace("\"", "\\\"")).as("alert rules").contains(metric);
            assertThat(expressions).as("dashboard").contains(metric);
        }
    }

    private static List<Object> objects(java.util.Collection<?> values) {
        return new java.util.ArrayList<>(values);
    }

    private static Map<String, Object> k8s(String kind) {
        return DeployFiles.withExtension("yaml").stream()
                .filter(file -> file.getParent().getFileName().toString().equals("k8s"))
                .flatMap(file -> DeployFiles.yamlDocuments(file).stream())
                .filter(document -> kind.equals(document.get("kind")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in deploy/k8s"));
    }
}
