package org.distsim.models.scenario;

import static org.distsim.models.scenario.Scenarios.MINIMAL;
import static org.distsim.models.scenario.Scenarios.problem;
import static org.distsim.models.scenario.Scenarios.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input ends in a problem, never in a hang, a stack overflow or an OutOfMemoryError. The
 * timeouts only guard against a hang; they measure nothing.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ScenarioLimitsTest {

    @Test
    void thousandLevelsOfFlowNesting_isTooDeep() {
        String yaml = "name: " + "[".repeat(1000) + "]".repeat(1000) + "\n";
        String problem = problem(yaml);
        assertTrue(problem.startsWith("s.yaml:1:"), problem);
        assertTrue(problem.endsWith(": the document is nested too deeply: more than 40 levels"), problem);
    }

    @Test
    void thousandLevelsOfBlockNesting_isTooDeep() {
        StringBuilder yaml = new StringBuilder("name:\n");
        for (int level = 1; level <= 1000; level++) {
            yaml.append("  ".repeat(level)).append("k:\n");
        }
        assertTrue(problem(yaml.toString()).endsWith("the document is nested too deeply: more than 40 levels"));
    }

    @Test
    void aliasBomb_isRefusedWithoutExpansion() {
        String yaml = """
                a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]
                """;
        List<Problem> problems = problems(yaml);
        assertEquals(36, problems.size());
        assertEquals("s.yaml:2:8: b.0: YAML aliases and merge keys are not supported; write the value out",
                problems.get(0).format());
    }

    @Test
    void tenMegabyteString_isRefusedBeforeParsing() {
        String yaml = "name: \"" + "x".repeat(10 * 1024 * 1024) + "\"\n";
        assertEquals("s.yaml:1:1: the file is too large: 10485769 characters, at most 1048576", problem(yaml));
    }

    @Test
    void tenMegabyteFile_isRefusedUnread(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, "name: \"" + "x".repeat(10 * 1024 * 1024) + "\"\n");
        List<Problem> problems = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(file, List.of())).problems();
        assertEquals(file + ": the file is too large: 10485769 bytes, at most 4194304", problems.get(0).format());
    }

    @Test
    void longStringValue_isRefused() {
        String yaml = MINIMAL.replace("name: t", "name: " + "x".repeat(200_000));
        assertEquals("s.yaml:1:7: name: the value is too long: 200000 characters, at most 100000", problem(yaml));
    }

    @Test
    void fourHundredDigitNumber_isRefused() {
        String yaml = MINIMAL.replace("name: t", "name: t\nseed: " + "9".repeat(400));
        String problem = problem(yaml);
        assertTrue(problem.startsWith("s.yaml:2:"), problem);
        assertTrue(problem.endsWith("a number has too many digits: more than 40"), problem);
    }

    @Test
    void hugeDuration_isTooLongNotAnOverflow() {
        String yaml = MINIMAL.replace("duration: 10s", "duration: 3000000h");
        assertEquals("""
                s.yaml:2:11: duration: duration "3000000h" is too long; the longest is 2562047h (292 years)
                  expected a duration like 250us, 2ms, 1.5s or 5m""", problem(yaml));
    }

    @Test
    void integerTooLargeForItsKnob_isReportedNotWrapped() {
        String yaml = MINIMAL.replace("name: t", "name: t\nseed: 99999999999999999999");
        assertEquals("""
                s.yaml:2:7: seed: 99999999999999999999 is too large for this knob
                  expected an integer between -9223372036854775808 and 9223372036854775807""", problem(yaml));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "seed: .inf", "seed: .nan", "seed: !!binary aGVsbG8=", "seed: \"\\x\"", "seed: 1e400", "? [a, b]\n: 1",
        "network: {latency: 1e3ms}", "faults: [{at: 1s, crash: server, duration: 9223372036s}]", "notes: [1, 2]",
        "network: {latency: {dist: [a]}}", "network: {latency: {dist: empirical, points: []}}", "seed: 0x", "\t",
        "nodes: {server: {type: [service]}}", "'': 1", "faults: [[]]", "notes: [{at: -1s, text: x}]",
    })
    void oddInput_isAlwaysReportedAsAProblem(String line) {
        List<Problem> problems = problems(MINIMAL + line + "\n");
        assertTrue(!problems.isEmpty() && problems.get(0).line() >= 1, Scenarios.formatted(problems));
    }

    @Test
    void thousandsOfProblems_areCappedWithASummary() {
        StringBuilder yaml = new StringBuilder(MINIMAL);
        for (int i = 0; i < 500; i++) {
            yaml.append("unknown-").append(i).append(": 1\n");
        }
        List<Problem> problems = problems(yaml.toString());
        assertEquals(Problems.MAX_REPORTED + 1, problems.size());
        assertEquals("s.yaml: 400 more problems not shown; fix these first", problems.get(Problems.MAX_REPORTED).format());
    }
}
