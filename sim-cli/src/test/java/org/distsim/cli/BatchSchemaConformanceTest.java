package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.distsim.cli.batch.BatchRunner;
import org.distsim.cli.batch.Progress;
import org.distsim.models.run.RunOptions;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.reports.batch.BatchJson;
import org.distsim.reports.batch.ReplicationSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON of real replications and sweeps, complete and partial, matches docs/schema/batch.schema.json. */
class BatchSchemaConformanceTest {

    private static Schema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws IOException {
        String docs = System.getProperty("distsim.docs.dir", "../docs");
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(Files.readString(Path.of(docs, "schema", "batch.schema.json")), InputFormat.JSON);
    }

    private static void assertValid(String json) {
        List<String> errors = schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
        assertEquals(List.of(), errors, json);
    }

    @Test
    void replicationsJson_validates() throws IOException {
        Path scenario = Cli.write(dir, "mm1.yaml", Cli.SCENARIO);
        Cli.Result r = Cli.run("run", scenario.toString(), "--replications", "3", "--format", "json");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"kind\": \"replications\""), r.out());
        assertValid(r.out());
    }

    @Test
    void sweepJson_validates() throws IOException {
        Path scenario = Cli.write(dir, "mm1.yaml", Cli.SCENARIO);
        Cli.Result r = Cli.run("sweep", scenario.toString(), "--param", "workloads.clients.rate=50/s,100/s",
                "--param", "nodes.server.workers=1,2", "--replications", "2", "--format", "json");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertValid(r.out());
    }

    @Test
    void everyKeyOfTheSchema_isDocumented() throws IOException {
        String docs = System.getProperty("distsim.docs.dir", "../docs");
        String page = Files.readString(Path.of(docs, "batch-json.md"));
        com.fasterxml.jackson.databind.JsonNode schemaJson = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of(docs, "schema", "batch.schema.json").toFile());
        java.util.Set<String> keys = new java.util.TreeSet<>();
        collectKeys(schemaJson, keys);
        List<String> missing = keys.stream().filter(k -> !page.contains("`" + k + "`") && !page.contains("\"" + k + "\"")
                && !page.contains("." + k + "`")).toList();
        assertEquals(List.of(), missing);
    }

    private static void collectKeys(com.fasterxml.jackson.databind.JsonNode node, java.util.Set<String> keys) {
        if (node.isObject()) {
            if (node.has("properties")) {
                node.get("properties").fieldNames().forEachRemaining(keys::add);
            }
            node.elements().forEachRemaining(child -> collectKeys(child, keys));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectKeys(child, keys));
        }
    }

    @Test
    void partialReplicationsJson_isMarkedPartialAndValidates() throws Exception {
        Scenario scenario = ScenarioLoader.load("mm1.yaml", Cli.SCENARIO, List.of());
        BatchRunner runner = new BatchRunner(List.of(scenario), RunOptions.defaults(), 4, 1);
        // Ctrl-C as the first replication finishes: on one thread, exactly one has finished.
        runner.run(new Progress() {
            @Override
            public void step() {
                runner.cancel();
            }

            @Override
            public void close() {
            }
        });
        ReplicationSummary summary = ReplicationSummary.of(runner.results(0), 4, scenario.name(), scenario.seed(),
                scenario.durationNanos(), scenario.warmupNanos());
        String json = BatchJson.render(summary);
        assertTrue(json.contains("\"partial\": true"), json);
        assertTrue(json.contains("\"completed\": 1"), json);
        assertValid(json);
    }
}
