package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON of a real run, not only of hand-built results, matches docs/schema/result.schema.json. */
class ResultSchemaConformanceTest {

    @TempDir
    Path dir;

    @Test
    void runJson_ofARealScenario_validatesAgainstTheCommittedSchema() throws IOException {
        String docs = System.getProperty("distsim.docs.dir", "../docs");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(Files.readString(Path.of(docs, "schema", "result.schema.json")), InputFormat.JSON);
        Path scenario = Cli.write(dir, "mm1.yaml", Cli.SCENARIO);
        Cli.Result r = Cli.run("run", scenario.toString(), "--format", "json");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        List<String> errors = schema.validate(r.out(), InputFormat.JSON).stream().map(Error::toString).toList();
        assertEquals(List.of(), errors, r.out());
    }
}
