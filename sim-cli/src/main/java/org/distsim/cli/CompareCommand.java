package org.distsim.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import org.distsim.models.scenario.BoundedText;
import org.distsim.reports.batch.Comparison;
import org.distsim.reports.batch.ComparisonText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code distsim compare A.json B.json}: every figure of two results side by side with the
 * difference, absolute and relative; for two replication results, whether it is significant
 * (Welch's t-test at 5 %). The results may come from different scenarios (design A against
 * design B): figures are matched by workload name, and node figures by node name where both have
 * a node of that name and type. {@code --significant} keeps only the significant differences, or,
 * without a test, those of at least {@code --threshold}. Anything that is not the JSON of a run or
 * of replications, or two results with no workload name in common, is bad input (exit code 2).
 */
@Command(name = "compare",
        description = {
            "Compare two results figure by figure, with significance for replications.",
            "A and B are JSON of distsim run --format json, with or without --replications,",
            "of one scenario or of two (design A against design B).",
            "Names are matched, not positions: a workload's figures are compared with those",
            "of the workload of the same name in the other result, a node's with those of",
            "the node of the same name and component type. Workloads, nodes and figures",
            "that only one side has are listed as not compared; at least one workload name",
            "must be common to both. With replications on both sides, Welch's t-test says",
            "which differences are significant (5%% level)."
        })
final class CompareCommand extends GuardedCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long MAX_BYTES = 256L * 1024 * 1024;

    @Parameters(index = "0", paramLabel = "A", description = "The first result, a JSON file.")
    private String first;

    @Parameters(index = "1", paramLabel = "B", description = "The second result, a JSON file.")
    private String second;

    @Option(names = "--significant", description = "Show only the figures whose difference is significant"
            + " (Welch's t-test at 5%%, when both sides have replications), or, where no test applies (a single run"
            + " on either side), whose change is at least --threshold of A.")
    private boolean significant;

    @Option(names = "--threshold", paramLabel = "PCT", defaultValue = "5%",
            description = "With --significant, the least change that counts without a test, in per cent of A:"
                    + " 5%% or 5 (default: ${DEFAULT-VALUE}).")
    private String threshold;

    @Override
    int execute() throws UserError {
        Comparison.Document a = read(first);
        Comparison.Document b = read(second);
        double share = threshold();
        Comparison.Matching matching;
        try {
            matching = Comparison.compare(a, b);
        } catch (IllegalArgumentException e) {
            throw new UserError("cannot compare: " + e.getMessage());
        }
        print(ComparisonText.render(a, b, matching, significant, share));
        return ExitCodes.OK;
    }

    /** {@code --threshold} as a fraction: {@code 5%} and {@code 5} are 0.05. */
    private double threshold() throws UserError {
        String text = threshold.strip();
        String number = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        try {
            double percent = new java.math.BigDecimal(number).doubleValue();
            if (!(percent >= 0) || !Double.isFinite(percent)) {
                throw new NumberFormatException();
            }
            return percent / 100;
        } catch (NumberFormatException e) {
            throw new UserError("--threshold " + threshold + ": expected a percentage such as 5% or 0.5%");
        }
    }

    private static Comparison.Document read(String file) throws UserError {
        Path path = Outcomes.scenarioFile(file);
        JsonNode root;
        try {
            root = JSON.readTree(BoundedText.read(path, MAX_BYTES));
        } catch (BoundedText.Unreadable e) {
            throw new UserError(file + ": " + e.getMessage());
        } catch (StreamConstraintsException e) {
            // Jackson's own message names its internals (StreamReadConstraints...); say what it means.
            throw new UserError(file + ": not a distsim result: nested too deeply, or a number or name too long");
        } catch (JacksonException e) {
            String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new UserError(file + at + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        try {
            return Comparison.read(file, root);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
