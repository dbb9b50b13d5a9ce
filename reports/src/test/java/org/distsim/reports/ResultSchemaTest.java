package org.distsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.StopReason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the renderer, the committed schema ({@code docs/schema/result.schema.json}) and the field
 * reference ({@code docs/result-json.md}) to each other, so none of them can drift alone.
 */
class ResultSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    private static String schemaText;
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schemaText = Files.readString(docs().resolve("schema/result.schema.json"));
        schema = REGISTRY.getSchema(schemaText, InputFormat.JSON);
    }

    @Test
    void schema_isAValidDraft07Schema() {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
        assertEquals(List.of(), messages(metaSchema.validate(schemaText, InputFormat.JSON)));
    }

    @Test
    void sampleRun_validatesAgainstTheSchema() {
        assertValid(Results.sample());
    }

    @Test
    void runWithWorkloadFigures_validatesAgainstTheSchema() {
        assertValid(Results.sampleWithWorkloadFigures());
    }

    @Test
    void runWithAProbabilityCurve_validatesAgainstTheSchema() {
        assertValid(Results.sampleWithCurve());
    }

    @Test
    void emptyRun_validatesAgainstTheSchema() {
        assertValid(Results.empty());
    }

    @Test
    void runStoppedByEachKindOfLimit_validatesAgainstTheSchema() {
        for (StopReason.Kind kind : StopReason.Kind.values()) {
            assertValid(Results.sample(new StopReason(kind, "stopped by " + kind)));
        }
    }

    @Test
    void runWithoutTimeSeries_validatesAgainstTheSchema() {
        RunResult r = Results.sample();
        assertValid(new RunResult(r.scenario(), r.seed(), r.replication(), r.durationNanos(), r.warmupNanos(),
                r.events(), r.stop(), r.workloads(), r.nodes(), r.network(), null));
    }

    @Test
    void documentWithAnUndocumentedKeyOrAMissingOne_failsValidation() throws IOException {
        // Proves the schema is strict enough for the tests above to mean something.
        ObjectNode extra = (ObjectNode) MAPPER.readTree(JsonReport.render(Results.sample()));
        ((ObjectNode) extra.get("workloads").get("readers")).put("goodput", 1);
        assertFalse(schema.validate(extra).isEmpty(), "an unknown workload key must fail");

        ObjectNode missing = (ObjectNode) MAPPER.readTree(JsonReport.render(Results.sample()));
        ((ObjectNode) missing.get("workloads").get("readers").get("latency_ms")).remove("p999");
        assertFalse(schema.validate(missing).isEmpty(), "a missing percentile must fail");

        ObjectNode string = (ObjectNode) MAPPER.readTree(JsonReport.render(Results.sample()));
        ((ObjectNode) string.get("nodes").get("api")).put("utilisation", "87%");
        assertFalse(schema.validate(string).isEmpty(), "a node figure must be a number or null");

        ObjectNode probability = (ObjectNode) MAPPER.readTree(JsonReport.render(Results.sampleWithCurve()));
        ((ObjectNode) probability.get("curves").get("db").get("fresh_read_after_write").get("points").get(0))
                .put("probability", 1.5);
        assertFalse(schema.validate(probability).isEmpty(), "a curve's probability lies in [0, 1]");

        ObjectNode noFigures = (ObjectNode) MAPPER.readTree(JsonReport.render(Results.sample()));
        ((ObjectNode) noFigures.get("workloads").get("readers")).remove("figures");
        assertFalse(schema.validate(noFigures).isEmpty(), "a workload's figures object must always be present");

        ObjectNode stringFigure = (ObjectNode) MAPPER.readTree(JsonReport.render(Results.sampleWithWorkloadFigures()));
        ((ObjectNode) stringFigure.get("workloads").get("readers").get("figures")).put("reads", "many");
        assertFalse(schema.validate(stringFigure).isEmpty(), "a workload figure must be a number or null");
    }

    @Test
    void everyKeyTheSchemaNames_isDocumentedInResultJsonMd() throws IOException {
        String reference = Files.readString(docs().resolve("result-json.md"));
        Set<String> keys = new TreeSet<>();
        collectPropertyNames(MAPPER.readTree(schemaText), keys);
        List<String> undocumented = new ArrayList<>();
        for (String key : keys) {
            if (!reference.contains("| `" + key + "` |")) {
                undocumented.add(key);
            }
        }
        assertEquals(List.of(), undocumented, "keys without a row in docs/result-json.md");
        assertTrue(keys.contains("p999") && keys.contains("dropped_by_reason"), keys.toString());
    }

    @Test
    void runWithObjectivesAndWarnings_validatesAgainstTheSchema() {
        String json = JsonReport.render(HtmlReportTest.richReport());
        assertTrue(json.contains("\"held\": false"), json);
        assertEquals(List.of(), messages(schema.validate(json, InputFormat.JSON)), json);
        RunReport unstable = new RunReport(Results.sample(), "x", List.of(),
                List.of(new Finding(Finding.UNSTABLE, "node.api.queue", "UNSTABLE: ...")));
        String withWarning = JsonReport.render(unstable);
        assertTrue(withWarning.contains("\"kind\": \"unstable\""), withWarning);
        assertEquals(List.of(), messages(schema.validate(withWarning, InputFormat.JSON)), withWarning);
    }

    @Test
    void schemaVersion_inTheSchema_matchesTheRenderer() throws IOException {
        JsonNode version = MAPPER.readTree(schemaText).get("properties").get("schema_version").get("const");
        assertEquals(JsonReport.SCHEMA_VERSION, version.asInt());
    }

    private static void assertValid(RunResult result) {
        String json = JsonReport.render(result);
        assertEquals(List.of(), messages(schema.validate(json, InputFormat.JSON)), json);
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::toString).toList();
    }

    private static void collectPropertyNames(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fieldNames().forEachRemaining(into::add);
            }
            node.elements().forEachRemaining(child -> collectPropertyNames(child, into));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectPropertyNames(child, into));
        }
    }

    private static Path docs() {
        String dir = System.getProperty("distsim.docs.dir");
        return dir != null ? Path.of(dir) : Path.of("..", "docs");
    }
}
