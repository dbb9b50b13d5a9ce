package org.distsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.models.format.Kind;
import org.distsim.models.registry.ComponentRegistry;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * What docs/scenario-format.md promises: every node type answers a load balancer's health probes
 * while it is up, so any node can stand behind a balancer with health checks. Each bundled scenario
 * is run for a few seconds without its faults and failure processes, with one more balancer that
 * probes every node of it and receives no request; none may be marked down. Together the bundled
 * scenarios must hold every node type of the registry, so a new type cannot slip past. Social
 * graphs and key spaces are cut to {@value #MAX_USERS}, which builds in a fraction of the time and
 * changes nothing about probes.
 */
class EveryNodeAnswersProbesTest {

    private static final long DURATION_NANOS = 2_000_000_000L;
    private static final String PROBER = "health-prober";
    private static final int MAX_USERS = 10_000;

    private static List<Path> bundled() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(Lesson.DIR)) {
            list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        return files;
    }

    @Test
    void everyNodeType_answersHealthProbes_soNoneIsMarkedDown() throws Exception {
        YAMLMapper yaml = new YAMLMapper();
        TreeSet<String> typesProbed = new TreeSet<>();
        for (Path file : bundled()) {
            ObjectNode root = (ObjectNode) yaml.readTree(Files.readString(file));
            root.remove("faults");
            root.put("warmup", "0s");
            ObjectNode nodes = (ObjectNode) root.get("nodes");
            ObjectNode prober = yaml.createObjectNode();
            prober.put("type", "load-balancer");
            ArrayNode backends = prober.putArray("backends");
            for (Iterator<Map.Entry<String, JsonNode>> it = nodes.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> node = it.next();
                ObjectNode config = (ObjectNode) node.getValue();
                config.remove("failures");
                if (config.has("users") && config.get("users").asInt() > MAX_USERS) {
                    config.put("users", MAX_USERS);
                }
                backends.add(node.getKey());
                typesProbed.add(node.getValue().get("type").asText());
            }
            prober.putObject("health-check").put("interval", "500ms").put("timeout", "200ms");
            nodes.set(PROBER, prober);
            for (JsonNode workload : root.path("workloads")) {
                JsonNode keys = workload.get("keys");
                if (keys instanceof ObjectNode keyConfig && keyConfig.path("count").asInt() > MAX_USERS) {
                    keyConfig.put("count", MAX_USERS);
                }
            }
            var scenario = ScenarioLoader.load(file.toString(), yaml.writeValueAsString(root), List.of());
            RunResult result = ScenarioRunner.run(scenario, RunOptions.defaults().withDuration(DURATION_NANOS));
            NodeResult probes = result.nodes().get(PROBER);
            assertEquals(0, probes.figures().get("marked_down").longValue(), file + ": a node stopped answering probes");
            assertEquals(backends.size(), probes.figures().get("healthy_backends_mean").doubleValue(), 1e-9,
                    file.toString());
        }
        assertEquals(new TreeSet<>(ComponentRegistry.standard().names(Kind.NODE)), typesProbed,
                "the bundled scenarios hold every node type");
    }
}
