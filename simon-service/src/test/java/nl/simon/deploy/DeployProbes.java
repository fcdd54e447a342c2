package nl.simon.deploy;

import static nl.simon.deploy.DeployFiles.at;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The HTTP paths the Kubernetes Deployment in {@code deploy/k8s} probes, by probe. */
final class DeployProbes {
    private DeployProbes() {}

    static Map<String, String> paths() {
        Map<String, Object> deployment = DeployFiles.k8sDocuments().stream()
                .filter(document -> "Deployment".equals(document.get("kind")))
                .findFirst()
                .orElseThrow();
        Object container = at(deployment, "spec", "template", "spec", "containers", "0");
        Map<String, String> paths = new LinkedHashMap<>();
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            Object path = at(container, probe, "httpGet", "path");
            if (path != null) {
                paths.put(probe, path.toString());
            }
        }
        return paths;
    }
}
