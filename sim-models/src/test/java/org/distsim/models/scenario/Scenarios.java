package org.distsim.models.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;

/** Helpers for loading scenario text in tests and looking at the problems it has. */
public final class Scenarios {

    /**
     * A small valid scenario; line numbers matter to the tests that edit it:
     * <pre>
     *  1 name            5 type: service (value at column 11)   9 type: open-loop
     *  2 duration        6 service-time (value at column 19)   10 target (value at column 13)
     *  3 nodes           7 workloads                           11 rate (value at column 11)
     *  4   server        8   clients
     * </pre>
     */
    static final String MINIMAL = """
            name: t
            duration: 10s
            nodes:
              server:
                type: service
                service-time: 2ms
            workloads:
              clients:
                type: open-loop
                target: server
                rate: 100/s
            """;

    private Scenarios() {
    }

    public static Scenario load(String yaml, String... overrides) throws ScenarioException {
        return ScenarioLoader.load("s.yaml", yaml, List.of(overrides));
    }

    /** The problems of a scenario that must not load. */
    static List<Problem> problems(String yaml, String... overrides) {
        return assertThrows(ScenarioException.class, () -> load(yaml, overrides)).problems();
    }

    /** The one problem of a scenario that must not load, formatted. */
    static String problem(String yaml, String... overrides) {
        List<Problem> problems = problems(yaml, overrides);
        assertEquals(1, problems.size(), () -> "expected one problem, got:\n" + formatted(problems));
        return problems.get(0).format();
    }

    static String formatted(List<Problem> problems) {
        return problems.stream().map(Problem::format).collect(Collectors.joining("\n"));
    }

    /** {@link #MINIMAL} with one line replaced. */
    static String minimalWith(String line, String replacement) {
        if (!MINIMAL.contains(line)) {
            throw new IllegalArgumentException("no line \"" + line + "\"");
        }
        return MINIMAL.replace(line, replacement);
    }
}
