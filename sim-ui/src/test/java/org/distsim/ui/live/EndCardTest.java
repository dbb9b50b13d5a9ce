package org.distsim.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;
import org.distsim.ui.Scenarios;
import org.junit.jupiter.api.Test;

/** The card a finished run shows: the lesson's numbers and every objective's verdict. */
class EndCardTest {

    @Test
    void aFinishedRunCarriesItsCardWithEveryDesignAndObjective_andARunningOneNone() {
        Scenario scenario = Scenarios.parse("partition.yaml", Scenarios.text("partition") + """
                slo:
                  - {workload: users, p99: 50ms, availability: 99%}
                """, List.of());
        LiveRun run = new LiveRun(scenario, null);
        run.advanceTo(5_000_000_000L);
        assertNull(run.snapshot(1, Mode.PLAYING, 1, "").endCard(), "no card before the end");
        while (run.advanceTo(run.clock() + 1_000_000_000L)) {
            // to the end
        }
        EndCard card = run.snapshot(1, Mode.FINISHED, 1, "").endCard();
        EndCard headless = EndCard.of(ScenarioRunner.run(scenario, RunOptions.defaults()));
        assertEquals(headless, card, "the same numbers as the headless run's report");
        assertEquals(scenario.workloads().size(), card.designs().size());
        int objectives = ScenarioRunner.facts(scenario, RunOptions.defaults()).objectives().size();
        assertTrue(objectives > 0, "the test scenario has objectives");
        assertEquals(objectives, card.objectives().size());
        assertTrue(card.title().startsWith("The run is over: "), card.title());
        for (int i = 0; i < objectives; i++) {
            assertTrue(card.objectives().get(i).startsWith(card.held().get(i) ? "PASS  " : "FAIL  "),
                    "the verdict written out, not only coloured: " + card.objectives().get(i));
        }
    }

    @Test
    void manyObjectivesAreListedAsTheBrokenOnesAndACountOfTheRest() {
        // Seven objectives on one workload: more than a card lists one by one; the 1 ms p50 breaks.
        Scenario scenario = Scenarios.parse("load-balancing.yaml", Scenarios.text("load-balancing") + """
                slo:
                  - {workload: clients, p50: 1ms, p95: 1s, p99: 1s, p999: 1s, max: 10s, availability: 50%, throughput: 1/s}
                """, List.of());
        EndCard card = EndCard.of(ScenarioRunner.run(scenario, RunOptions.defaults()));
        assertTrue(card.objectives().get(0).startsWith("FAIL  clients p50 <= 1 ms: "), card.objectives().get(0));
        long failing = card.held().stream().filter(h -> !h).count();
        assertEquals(failing + 1, card.objectives().size(), card.objectives().toString());
        assertTrue(card.objectives().get(card.objectives().size() - 1).startsWith("PASS  the other "),
                card.objectives().toString());
        assertEquals(List.of(), card.objectives().stream().filter(l -> l.isBlank()).toList());
    }

    @Test
    void theCascadeCardJudgesEachDesignInAFewWordsAndFitsItsRows_withoutTheReportsParagraph() throws Exception {
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("distsim.root", ".."))
                .resolve("scenarios/circuit-breaker-cascade.yaml");
        Scenario scenario = Scenarios.parse(file.toString(), java.nio.file.Files.readString(file), List.of());
        EndCard card = EndCard.of(ScenarioRunner.run(scenario, RunOptions.defaults()));
        int rows = LessonFigures.rows(card.designs()) + LessonFigures.rows(card.lessons())
                + LessonFigures.rows(card.objectives());
        assertTrue(rows <= EndCard.ROWS, rows + " rows: " + card);
        assertEquals(scenario.workloads().size(), card.designs().size());
        // Two browse designs keep their availability with one p99; the other four fail.
        assertEquals(2, card.designs().stream().filter(d -> d.endsWith(" · joint best p99")).count(),
                card.designs().toString());
        assertEquals(4, card.designs().stream().filter(d -> d.contains(" · failing (below ")).count(),
                card.designs().toString());
        for (String design : card.designs()) {
            assertTrue(design.length() <= LessonFigures.ROW, "one row per design: " + design);
        }
    }
}
