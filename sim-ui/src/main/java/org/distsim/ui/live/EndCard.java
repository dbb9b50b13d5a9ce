package org.distsim.ui.live;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.result.RunResult;
import org.distsim.reports.RunReport;
import org.distsim.reports.SloOutcome;

/**
 * What the view shows when a run is over: the lesson's numbers, as the HTML report's verdict and
 * each design's headline figures, and each objective with its verdict. Immutable; built on the
 * simulation thread from the run's result and facts, read by the view thread.
 *
 * @param title       "The run is over", with how many objectives hold when there are any
 * @param designs     one line per workload: availability, p99, throughput, and the report's verdict
 *                    on it in a few words ({@code · best p99}, {@code · failing (below 99%)}); the
 *                    report's verdict sentences would need scrolling at 1280x720 with many designs
 * @param lessons     the lesson's numbers, one line per design that has any (see {@link LessonFigures}):
 *                    {@code once: 29 inconsistent at order-once, ...}
 * @param objectives  one line per objective, {@code PASS clients p99 <= 50 ms: 13.1 ms}
 * @param held        for each objective line, whether it held
 */
public record EndCard(String title, List<String> designs, List<String> lessons,
        List<String> objectives, List<Boolean> held) {

    /** The most objective lines a card lists one by one. */
    static final int MAX_LINES = 6;

    /**
     * The rows of text a card holds below its title and still fits a 1280x720 window under the
     * header, the controls and a two-line banner; the lesson's numbers get the rows the verdict, the
     * designs and the objectives leave.
     */
    static final int ROWS = 16;

    public EndCard {
        designs = List.copyOf(designs);
        lessons = List.copyOf(lessons);
        objectives = List.copyOf(objectives);
        held = List.copyOf(held);
    }

    /** The card of a finished run whose result carries its facts. */
    public static EndCard of(RunResult result) {
        RunReport report = RunReport.of(result, "");
        List<String> objectives = new ArrayList<>();
        List<Boolean> verdicts = new ArrayList<>();
        // Up to MAX_LINES objectives are listed one by one; beyond that, the broken ones, and the
        // ones that hold as a count, so the card fits a 1280x720 projector.
        boolean all = report.slos().size() <= MAX_LINES;
        int holding = 0;
        for (SloOutcome o : report.slos()) {
            if (all || !o.held()) {
                objectives.add((o.held() ? "PASS  " : "FAIL  ") + o.objective().workload() + " " + o.bound() + ": "
                        + o.actualText());
                verdicts.add(o.held());
            } else {
                holding++;
            }
        }
        if (holding > 0) {
            objectives.add("PASS  the other " + holding + " objective" + (holding == 1 ? "" : "s"));
            verdicts.add(true);
        }
        String title = "The run is over";
        if (!report.slos().isEmpty()) {
            long held = report.slos().stream().filter(SloOutcome::held).count();
            title += ": " + held + " of " + report.slos().size() + " objectives hold";
        }
        List<String> designs = report.judgedHeadlines();
        int used = LessonFigures.rows(designs) + LessonFigures.rows(objectives);
        List<String> lessons = LessonFigures.of(result, ROWS - used);
        return new EndCard(title, designs, lessons, objectives, verdicts);
    }
}
