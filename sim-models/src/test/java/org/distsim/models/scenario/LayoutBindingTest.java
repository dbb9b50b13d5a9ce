package org.distsim.models.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.models.format.KnobSpec;
import org.junit.jupiter.api.Test;

/** The {@code layout:} section: places for the live view's boxes, checked like every other section. */
class LayoutBindingTest {

    @Test
    void layout_bindsColumnsAndRowsByNameInFileOrder() throws ScenarioException {
        Scenario scenario = Scenarios.load(Scenarios.MINIMAL + """
                layout:
                  server: {column: 3, row: 1}
                  clients: {row: 2}
                """);
        assertEquals(List.of("server", "clients"), List.copyOf(scenario.layout().keySet()));
        assertEquals(new Placement(3, 1), scenario.layout().get("server"));
        assertEquals(new Placement(null, 2), scenario.layout().get("clients"));
    }

    @Test
    void noLayout_givesAnEmptyMap() throws ScenarioException {
        assertTrue(Scenarios.load(Scenarios.MINIMAL).layout().isEmpty());
        assertTrue(Scenarios.load(Scenarios.MINIMAL + "layout:\n").layout().isEmpty());
    }

    @Test
    void placementRecord_hasValidKnobAnnotations() {
        Binder.checkDefaults(Placement.class);
        assertEquals(List.of("column", "row"), KnobSpec.of(Placement.class).stream().map(KnobSpec::key).toList());
    }

    @Test
    void unknownName_isReportedAtItsKeyWithSuggestion() {
        Problem problem = Scenarios.problems(Scenarios.MINIMAL + """
                layout:
                  sever: {column: 2}
                """).get(0);
        assertEquals(13, problem.line());
        assertEquals(3, problem.column());
        assertEquals("server", problem.suggestion());
        assertTrue(problem.format().contains("layout.sever: unknown node or workload \"sever\""), problem.format());
    }

    @Test
    void unknownKey_isReportedWithSuggestion() {
        Problem problem = Scenarios.problems(Scenarios.MINIMAL + """
                layout:
                  server: {colum: 2}
                """).get(0);
        assertEquals(13, problem.line());
        assertEquals("column", problem.suggestion());
    }

    @Test
    void negativeColumn_andNonMappings_andEmptyPlaces_areRefused() {
        assertTrue(Scenarios.problem(Scenarios.MINIMAL + """
                layout:
                  server: {column: -1}
                """).contains("layout.server.column"));
        assertTrue(Scenarios.problem(Scenarios.MINIMAL + """
                layout:
                  server: 2
                """).contains("is not a mapping"));
        assertTrue(Scenarios.problem(Scenarios.MINIMAL + """
                layout: [server]
                """).contains("is not a mapping"));
        assertTrue(Scenarios.problem(Scenarios.MINIMAL + """
                layout:
                  server: {}
                """).contains("gives neither column nor row"));
    }

    @Test
    void groupMembers_canBePlaced() throws ScenarioException {
        Scenario scenario = Scenarios.load(Scenarios.minimalWith("nodes:\n",
                "nodes:\n  db:\n    type: replicated-database\n    replicas: 3\n") + """
                layout:
                  db-2: {row: 0}
                """);
        assertNull(scenario.layout().get("db-2").column());
    }
}
