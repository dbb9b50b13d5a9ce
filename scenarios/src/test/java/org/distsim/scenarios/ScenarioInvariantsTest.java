package org.distsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.distsim.core.check.InvariantViolation;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Every bundled scenario, the library's and the validation ones, keeps the end-of-run invariants
 * without its faults too (the lesson tests run each with its faults, and every run is checked).
 * Runs are cut to {@link #DURATION_NANOS}: the invariants are identities that hold at any moment a
 * run ends, so a shorter run checks them as well as a long one.
 */
class ScenarioInvariantsTest {

    private static final long DURATION_NANOS = 10_000_000_000L;

    private static List<Path> bundled() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Lesson.DIR, Lesson.DIR.resolve("validation"))) {
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** The scenario's text without its {@code faults:} timeline. */
    private static String withoutFaults(Path file) throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        JsonNode root = yaml.readTree(Files.readString(file));
        ((ObjectNode) root).remove("faults");
        return yaml.writeValueAsString(root);
    }

    @Test
    void everyBundledScenarioWithoutItsFaults_keepsEveryInvariant() throws Exception {
        List<Path> files = bundled();
        assertTrue(files.size() >= 18, "scenarios found in " + Lesson.DIR.toAbsolutePath());
        for (Path file : files) {
            Scenario scenario = ScenarioLoader.load(file.toString(), withoutFaults(file), List.of());
            assertTrue(scenario.faults().isEmpty());
            long duration = Math.min(DURATION_NANOS, scenario.durationNanos());
            try {
                RunResult result = ScenarioRunner.run(scenario, RunOptions.defaults().withDuration(duration));
                assertTrue(result.network().inFlight() >= 0, file.toString());
            } catch (InvariantViolation e) {
                throw new AssertionError(file + ": " + e.getMessage(), e);
            }
        }
    }
}
