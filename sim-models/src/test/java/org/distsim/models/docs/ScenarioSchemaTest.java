package org.distsim.models.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.distsim.models.scenario.Scenarios;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated JSON Schema accepts every scenario distsim accepts (every YAML file under
 * {@code scenarios/}, however deep, and the format's own test files) and rejects the usual
 * mistakes, checked with an independent validator (networknt, draft-07).
 */
class ScenarioSchemaTest {

    private static final Path SCENARIOS = Path.of("..", "scenarios");
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(SchemaGenerator.generate(), InputFormat.JSON);

    static List<String> errors(String yaml) {
        return SCHEMA.validate(yaml, InputFormat.YAML).stream().map(Error::toString).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyBundledScenario_validates() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SCENARIOS)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no scenarios under " + SCENARIOS.toAbsolutePath());
        return files.stream().map(file -> DynamicTest.dynamicTest(SCENARIOS.relativize(file).toString(), () -> {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(List.of(), errors(yaml), file.toString());
        }));
    }

    @Test
    void theFormatsOwnFullExample_validates() throws IOException {
        String yaml = new String(getClass().getResourceAsStream("/scenario/full.yaml").readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(List.of(), errors(yaml));
    }

    @Test
    void everyComponentKindAndFaultAction_validate() {
        String yaml = """
                name: all
                duration: 60s
                network: {latency: {dist: exponential, mean: 200us}, loss: 0.1%}
                nodes:
                  lb: {type: load-balancer, backends: [api], health-check: {}}
                  api:
                    type: service
                    workers: 4
                    queue-capacity:
                    service-time: {dist: lognormal, median: 2ms, p99: 20ms}
                    calls: [{target: cache, retries: 2, backoff: {base: 10ms, cap: 1s, jitter: full},
                             circuit-breaker: {}}]
                  cache: {type: cache, backing: db, capacity: 1000, ttl: 30s}
                  db: {type: database, read-time: 1ms}
                  scaler: {type: autoscaler, target: api, target-value: 0.6}
                workloads:
                  clients:
                    type: open-loop
                    target: lb
                    rate: 1.5k/s
                    read-ratio: 95%
                    schedule: [{at: 10s, rate: 200/s}, {from: 20s, to: 30s, ramp-to: 100/s}]
                    keys: {count: 1000, popularity: zipf, s: 0.99}
                  users: {type: closed-loop, target: api, users: 10, think-time: 0}
                faults:
                  - {at: 10s, crash: db, duration: 5s}
                  - {at: 12s, partition: {groups: [[clients, lb], [db]]}}
                  - {at: 14s, heal: p1}
                  - {at: 15s, slow: {node: api, factor: 3}}
                  - {at: 16s, degrade-link: {from: api, to: db, extra-latency: 20ms, loss: 5%}}
                  - {at: 17s, restore-link: {from: api, to: db}}
                  - {at: 18s, load-spike: {workload: clients, factor: 3}, duration: 2s}
                notes:
                  - {at: 10s, text: "the database crashes"}
                """;
        assertEquals(List.of(), errors(yaml));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown component type      | servise              | type",
        "unknown knob                | service, wrkers: 2   | wrkers",
        "duration with a space       | service, speed: 1, service-time: 5 ms | service-time",
        "duration misspelt unit      | service, service-time: 5mss | service-time",
        "negative duration           | service, service-time: -1s | service-time",
        "workers out of range        | service, workers: 0  | workers",
        "enum value                  | service, mode: sideways | mode",
    })
    void wrongNode_isRejected(String what, String node, String mentioned) {
        String[] parts = node.split(", ", 2);
        String knobs = parts.length > 1 ? ", " + parts[1] : "";
        String serviceTime = knobs.contains("service-time") ? "" : ", service-time: 2ms";
        String yaml = "name: t\nduration: 10s\nnodes:\n  server: {type: " + parts[0].strip() + serviceTime + knobs
                + "}\nworkloads:\n  clients: {type: open-loop, target: server, rate: 100/s}\n";
        List<String> errors = errors(yaml);
        assertFalse(errors.isEmpty(), what);
        assertTrue(errors.stream().anyMatch(e -> e.contains(mentioned)), what + ": " + errors);
    }

    @Test
    void emptySections_areAllowedLikeTheLoaderAllowsThem() throws Exception {
        String yaml = "name: t\nduration: 10s\nnetwork:\nnodes: {s: {type: database}}\n"
                + "workloads: {c: {type: open-loop, target: s, rate: 1/s}}\nfaults:\nnotes:\n";
        Scenarios.load(yaml);
        assertEquals(List.of(), errors(yaml));
    }

    @Test
    void fileThatExtendsAnother_needsNoneOfTheRequiredKeys() {
        assertEquals(List.of(), errors("extends: arch.yaml\nworkloads:\n  clients: {rate: 5/s}\n"));
        assertFalse(errors("extends: arch.yaml\nseed: many\n").isEmpty());
    }

    @Test
    void wrongTopLevel_isRejected() {
        assertFalse(errors("name: t\nduration: 10s\nnodes: {}\nworkloads: {}\n").isEmpty(), "empty sections");
        assertFalse(errors("name: t\nnodes: {s: {type: database}}\nworkloads: {c: {type: open-loop, target: s, rate: 1/s}}\n")
                .isEmpty(), "no duration");
        assertFalse(errors("name: t\nduration: 10s\nnodes: {Server: {type: database}}\n"
                + "workloads: {c: {type: open-loop, target: s, rate: 1/s}}\n").isEmpty(), "invalid name");
        assertFalse(errors("name: t\nduration: 10s\nnodes: {s: {type: database}}\n"
                + "workloads: {c: {type: open-loop, target: s, rate: 100}}\n").isEmpty(), "rate without unit");
        assertFalse(errors("name: t\nduration: 10s\nnodes: {s: {type: database}}\n"
                + "workloads: {c: {type: open-loop, target: s, rate: 1/s}}\nfaults: [{at: 1s}]\n").isEmpty(), "no action");
        assertFalse(errors("name: t\nduration: 10s\nnodes: {s: {type: database}}\n"
                + "workloads: {c: {type: open-loop, target: s, rate: 1/s}}\nnetwork: {loss: 1.5}\n").isEmpty(), "loss > 1");
    }

    /** The schema committed for editors, docs/schema/scenario.schema.json, is what distsim generates today. */
    @Test
    void committedSchema_isCurrent() throws IOException {
        Path committed = Path.of("..", "docs", "schema", "scenario.schema.json");
        String generated = SchemaGenerator.generate();
        if (Boolean.getBoolean("bless")) {
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
        }
        String regenerate = ReferenceGenerator.REGENERATE;
        assertTrue(Files.exists(committed), committed + " is missing; create it with: " + regenerate);
        assertEquals(Files.readString(committed, StandardCharsets.UTF_8), generated,
                "docs/schema/scenario.schema.json is stale; regenerate it with: " + regenerate + " and commit it");
    }

    @Test
    void schema_describesKnobsWithTheirDocsDefaultsAndTypeChoices() {
        String schema = SchemaGenerator.generate();
        assertTrue(schema.startsWith("{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\""), schema);
        assertTrue(schema.contains("\"const\": \"load-balancer\""));
        assertTrue(schema.contains("How many requests are served at the same time: the c of M/M/c. Range: ≥ 1, ≤ 100000."));
        assertTrue(schema.contains("\"mapping-health-check\""));
        assertEquals(schema, SchemaGenerator.generate(), "generation is deterministic");
    }
}
