package nl.simon.deploy;

import static nl.simon.deploy.DeployFiles.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
        List<?> alerts = (List<?>) at(groups, "0", "rules");
        assertThat(alerts).hasSizeGreaterThanOrEqualTo(5);
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

        Set<String> served = new TreeSet<>(ServiceMetrics.names());
        served.addAll(ServiceMetrics.OTHERS);
        Map<String, String> queries = new LinkedHashMap<>();
        for (Object alert : alerts) {
            queries.put("alert " + at(alert, "alert"), at(alert, "expr").toString());
        }
        dashboard.findValues("expr").forEach(expr -> queries.put("dashboard " + expr.asString(), expr.asString()));
        assertThat(queries).hasSizeGreaterThanOrEqualTo(alerts.size() + 5);
        queries.forEach((where, query) -> assertThat(ServiceMetrics.usedBy(query))
                .as(where + " uses only metrics the service serves, " + served)
                .isNotEmpty()
                .isSubsetOf(served));
    }

    @Test
    void every_secret_reference_names_a_key_the_secret_defines() {
        Map<String, Set<String>> secrets = new LinkedHashMap<>();
        List<Map<String, Object>> documents = DeployFiles.k8sDocuments();
        for (Map<String, Object> document : documents) {
            if ("Secret".equals(document.get("kind"))) {
                Set<String> keys = new TreeSet<>();
                for (String field : List.of("stringData", "data")) {
                    if (document.get(field) instanceof Map<?, ?> values) {
                        values.keySet().forEach(key -> keys.add(key.toString()));
                    }
                }
                secrets.put(at(document, "metadata", "name").toString(), keys);
            }
        }
        List<Object> references = new ArrayList<>();
        documents.forEach(document -> collect(document, "secretKeyRef", references));
        assertThat(references).hasSizeGreaterThanOrEqualTo(3);
        for (Object reference : references) {
            assertThat(secrets).as("secretKeyRef " + reference).containsKey(String.valueOf(at(reference, "name")));
            assertThat(secrets.get(String.valueOf(at(reference, "name"))))
                    .as("secretKeyRef " + reference)
                    .contains(String.valueOf(at(reference, "key")));
        }
        List<Object> whole = new ArrayList<>();
        documents.forEach(document -> collect(document, "secretRef", whole));
        whole.forEach(reference -> assertThat(secrets).containsKey(String.valueOf(at(reference, "name"))));
    }

    @Test
    void every_variable_the_manifests_set_for_the_service_is_one_it_reads() {
        assertThat(ServiceSettings.fullNames()).contains("DATABASE_URL", "SIMON_SECRETS_KEY", "SYNC_INTERVAL");
        assertThat(ServiceSettings.listed("SPRING_DATASOURCE_USERNAME")).isTrue();
        assertThat(ServiceSettings.listed("SIMON_FACTUURSTUREN_READ_TIMEOUT")).isTrue();
        assertThat(ServiceSettings.listed("SIMON_SECURITY_LOGIN_THROTTLE_PERIOD"))
                .isTrue();
        assertThat(ServiceSettings.listed("SYNC_INTERVALS")).isFalse();
        assertThat(ServiceSettings.listed("SPRING_DATASOURCE_PASSWORDS")).isFalse();

        Map<String, String> variables = new LinkedHashMap<>();
        Object container = at(k8s("Deployment"), "spec", "template", "spec", "containers", "0");
        for (Object variable : (List<?>) at(container, "env")) {
            variables.put(String.valueOf(at(variable, "name")), "k8s Deployment env");
        }
        for (Object source : (List<?>) at(container, "envFrom")) {
            Object configMap = at(source, "configMapRef", "name");
            if (configMap != null) {
                Map<String, Object> map = DeployFiles.k8sDocuments().stream()
                        .filter(document -> "ConfigMap".equals(document.get("kind")))
                        .filter(document -> configMap.equals(at(document, "metadata", "name")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no ConfigMap " + configMap));
                ((Map<?, ?>) map.get("data"))
                        .keySet()
                        .forEach(key -> variables.put(key.toString(), "k8s " + configMap));
            }
        }
        Map<?, ?> services =
                (Map<?, ?>) DeployFiles.yamlDocuments(DeployFiles.folder().resolve("compose.yaml"))
                        .get(0)
                        .get("services");
        for (String instance : List.of("simon-1", "simon-2")) {
            ((Map<?, ?>) at(services.get(instance), "environment"))
                    .keySet()
                    .forEach(key -> variables.put(key.toString(), "compose " + instance));
            // a secret file's name is the property it sets (configtree), the relaxed form of a variable
            for (Object secret : (List<?>) at(services.get(instance), "secrets")) {
                variables.put(
                        secret.toString().replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT),
                        "compose " + instance + " secret " + secret);
            }
        }
        assertThat(variables).hasSizeGreaterThanOrEqualTo(10);
        variables.forEach((variable, where) -> assertThat(ServiceSettings.listed(variable))
                .as(where + " sets " + variable + ", which README.md's production table does not list")
                .isTrue());
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, String field, List<Object> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (field.equals(key)) {
                    found.add(value);
                } else {
                    collect(value, field, found);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(element -> collect(element, field, found));
        }
    }

    private static List<Object> objects(java.util.Collection<?> values) {
        return new java.util.ArrayList<>(values);
    }

    private static Map<String, Object> k8s(String kind) {
        return DeployFiles.k8sDocuments().stream()
                .filter(document -> kind.equals(document.get("kind")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in deploy/k8s"));
    }
}
