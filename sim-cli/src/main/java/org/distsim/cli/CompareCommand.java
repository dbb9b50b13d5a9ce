package org.distsim.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.distsim.reports.batch.Comparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code distsim compare A.json B.json}: every figure of two results side by side with the
 * difference, absolute and relative; for two replication results, whether it is significant
 * (Welch's t-test at 5 %). Anything that is not the JSON of a run or of replications of the same
 * scenario is bad input (exit code 2).
 */
@Command(name = "compare",
        description = {
            "Compare two results figure by figure, with significance for replications.",
            "A and B are JSON of distsim run --format json, with or without --replications;",
            "with replications on both sides, Welch's t-test says which differences are significant (5%% level)."
        })
final class CompareCommand extends GuardedCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long MAX_BYTES = 256L * 1024 * 1024;

    @Parameters(index = "0", paramLabel = "A", description = "The first result, a JSON file.")
    private String first;

    @Parameters(index = "1", paramLabel = "B", description = "The second result, a JSON file.")
    private String second;

    @Override
    int execute() throws UserError {
        Comparison.Document a = read(first);
        Comparison.Document b = read(second);
        List<Comparison.Row> rows;
        try {
            rows = Comparison.compare(a, b);
        } catch (IllegalArgumentException e) {
            throw new UserError("cannot compare: " + e.getMessage());
        }
        print(Comparison.render(a, b, rows));
        return ExitCodes.OK;
    }

    private static Comparison.Document read(String file) throws UserError {
        Path path = Outcomes.scenarioFile(file);
        JsonNode root;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new UserError(file + ": too large for a distsim result (" + Files.size(path) + " bytes)");
            }
            root = JSON.readTree(Files.readString(path));
        } catch (JacksonException e) {
            String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new UserError(file + at + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UserError(file + ": cannot read the file: " + e.getMessage());
        }
        try {
            return Comparison.read(file, root);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
