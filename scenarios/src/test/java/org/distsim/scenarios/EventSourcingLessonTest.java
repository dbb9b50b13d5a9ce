package org.distsim.scenarios;

import static org.distsim.scenarios.Lesson.assertAbove;
import static org.distsim.scenarios.Lesson.assertBelow;
import static org.distsim.scenarios.Lesson.assertBetween;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scenarios/event-sourcing.yaml: one event log (300 events/s) read by three groups from their own
 * offsets. The margins come from sampling error: in 90 s the log receives 27 000 events with a
 * Poisson standard deviation of about 165, and a single exponential worker at 4 ms serves 21 250
 * in 85 s with a standard deviation of about 150 (the service times' sum); bounds sit 3 to 4 of
 * these away from the expected values, and hold for seeds 1 to 12.
 */
class EventSourcingLessonTest {

    private static Lesson lesson;

    @BeforeAll
    static void run() {
        lesson = Lesson.run("event-sourcing");
    }

    @Test
    void summary_matchesTheCheckedInReport() throws IOException {
        lesson.assertMatchesExpected();
    }

    @Test
    void theProjector_keepsUp_evenThroughAMembersCrash_byRebalancing() {
        assertBelow(lesson.node("orders", "lag.projector_mean"), 20, "projector lag mean");
        // During the crash two partitions (about 150 events/s) wait for the 1 s ack-timeout, then
        // projector-1 takes them: the lag peaks near 150, far from the 1 500 a 10 s outage would pile up.
        assertBelow(lesson.node("orders", "lag.projector_max"), 400, "projector lag max");
        assertEquals(2, lesson.node("orders", "rebalances"), "out at the timeout, back at the probe");
        assertAbove(lesson.node("projector-1", "served"), 1.15 * lesson.node("projector-2", "served"),
                "projector-1 covered projector-2's partitions");
    }

    @Test
    void analytics_fallsBehind_atTheDifferenceBetweenTheRates() {
        // 250/s against 300/s: it reads 250 x 85 s = 21 250 after the warm-up and ends about
        // 50 x 90 s = 4 500 events behind, its worker always busy.
        assertBetween(lesson.node("orders", "consumed.analytics"), 20_650, 21_850, "analytics consumed");
        assertBetween(lesson.node("orders", "lag.analytics_max"), 3_800, 5_300, "analytics lag at its peak");
        assertAbove(lesson.node("analytics", "utilisation_mean"), 0.99, "analytics utilisation");
    }

    @Test
    void theNewVersion_replaysTheWholeHistory_andCatchesUp() {
        // It joins at 40 s with the 12 000 events since the start to read, at up to 1 000/s while
        // 300/s keep arriving: 12 000 / 700 = 17 s, caught up by about 58 s.
        assertBetween(lesson.node("orders", "lag.analytics-v2_max"), 11_000, 13_000, "history at the join");
        var lag = lesson.series("node.orders.lag.analytics-v2");
        assertAbove(lag.get(45), 5_000, "still replaying at 45 s");
        assertBelow(lag.get(65), 100, "caught up by 65 s");
        // It reads every event of the run, the warm-up's included, so more than were published after it.
        assertAbove(lesson.node("orders", "consumed.analytics-v2"), lesson.node("orders", "published"),
                "replayed events vs events published after the warm-up");
        assertEquals(0, lesson.node("orders", "lost.analytics-v2"), "nothing expired: no retention");
    }

    @Test
    void theWriters_neverWaitForAnyReader() {
        assertTrue(lesson.sloHeld("writers"), "writers meet their SLO");
        assertBelow(lesson.p99("writers"), 10, "writers p99 ms: an append is acknowledged once stored");
    }
}
