package org.distsim.scenarios;

import static org.distsim.scenarios.Lesson.assertAbove;
import static org.distsim.scenarios.Lesson.assertBelow;
import static org.distsim.scenarios.Lesson.assertBetween;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scenarios/multi-region.yaml: reads stay local in both regions, EU writes cross the ocean twice,
 * the EU replica lags by the crossing, and a region partition keeps an AP store available in both
 * regions at the cost of stale reads and writes lost to last writer wins; no message crosses while
 * the regions are apart.
 */
class MultiRegionLessonTest {

    private static final double PARTITION_S = 20;
    private static final double HEAL_S = 35;
    /** The crossing: lognormal with a median of 40 ms and a p99 of 55 ms. */
    private static final double CROSSING_MEDIAN_MS = 40;
    private static final double CROSSING_SIGMA = Math.log(55.0 / 40.0) / 2.3263;

    private static Lesson lesson;

    @BeforeAll
    static void run() {
        lesson = Lesson.run("multi-region");
    }

    @Test
    void summary_matchesTheCheckedInReport() throws IOException {
        lesson.assertMatchesExpected();
    }

    @Test
    void readsStayLocal_inBothRegions() {
        // A local read: two hops of 0.5 ms (p99 2 ms) and a read; nothing near one crossing of 40 ms.
        assertBelow(lesson.p99("us-app"), 10, "us-app p99 (ms)");
        assertBelow(lesson.p99("eu-readers"), 10, "eu-readers p99 (ms)");
    }

    @Test
    void euWrites_crossTheOceanTwice() {
        // Forwarded to the leader and answered back: two crossings (median 40 ms each) and local hops.
        // The median of a sum of two lognormals lies near the sum of their means (2 x 40.4 ms); the
        // write p50 is estimated from about 1 700 writes, so its sampling error is well under 1 ms.
        double twoCrossings = 2 * CROSSING_MEDIAN_MS * Math.exp(CROSSING_SIGMA * CROSSING_SIGMA / 2);
        assertBetween(lesson.workloadFigure("eu-writers", "write_p50_ms"), twoCrossings - 3, twoCrossings + 8,
                "eu-writers write p50 (ms)");
        assertBelow(lesson.workloadFigure("us-app", "write_p99_ms"), 15, "us-app write p99 (ms): a local leader");
    }

    @Test
    void theEuReplica_lagsTheUsFollower_byOneCrossing() {
        // The mean lag of each follower over the 15 s before the partition: replication delay, local
        // hop and apply time for both, plus one crossing (mean 40.4 ms, standard deviation 5.5 ms) for
        // db-3. About 60 writes a second apply, 900 in 15 s, so the standard error of the difference
        // of the two means is about 0.2 ms: 3 ms is fifteen of them.
        double crossingMean = CROSSING_MEDIAN_MS * Math.exp(CROSSING_SIGMA * CROSSING_SIGMA / 2);
        double usLag = meanOver("node.db-2.lag_ms", 5, PARTITION_S);
        double euLag = meanOver("node.db-3.lag_ms", 5, PARTITION_S);
        assertBelow(usLag, 15, "db-2 (us-east) mean lag (ms)");
        assertBetween(euLag - usLag, crossingMean - 3, crossingMean + 3, "db-3 lag minus db-2 lag (ms)");
    }

    @Test
    void duringThePartition_bothRegionsStayUp_butEuReadsGoStale() {
        assertAbove(lesson.availability("eu-readers"), 0.999, "eu-readers availability");
        assertAbove(lesson.availability("us-app"), 0.999, "us-app availability");
        // Only the writes on the wire when the regions part are lost (about 1 %): the replica takes the rest.
        assertAbove(lesson.availability("eu-writers"), 0.98, "eu-writers availability");
        double before = meanOver("workload.eu-readers.stale_reads", 5, PARTITION_S);
        double during = meanOver("workload.eu-readers.stale_reads", PARTITION_S + 1, HEAL_S);
        assertAbove(before, 3, "stale EU reads per second with the regions connected (the lag)");
        assertAbove(during, 4 * before, "stale EU reads per second while the regions are apart");
    }

    @Test
    void afterTheHeal_lastWriterWinsDiscardsWritesOnBothSides() {
        assertAbove(lesson.node("db-1", "conflicts"), 10, "writes the leader lost to last writer wins");
        assertAbove(lesson.node("db-3", "conflicts"), 10, "writes the EU replica lost to last writer wins");
    }

    @Test
    void noMessageCrossesWhileTheRegionsAreApart_andTheLeaderShipsToTheEuBefore() {
        String column = "node.db-1.cross_zone.eu-west";
        List<Double> values = lesson.series(column);
        for (int i = 0; i < values.size(); i++) {
            double start = lesson.intervalStartSeconds(i);
            if (start >= PARTITION_S + 1 && start < HEAL_S) {
                assertEquals(0.0, values.get(i), column + " in the interval at " + start + " s");
            }
        }
        // Replication (30 writes/s from us-app, plus heartbeats) and answers to forwarded EU writes.
        assertAbove(meanOver(column, 5, PARTITION_S), 50, "messages a second from db-1 into eu-west");
        assertAbove(lesson.node("db-3", "cross_zone.us-east"), 1000, "messages from db-3 into us-east");
    }

    /** The mean of a column's values over the intervals that start in [from, to) seconds. */
    private static double meanOver(String column, double from, double to) {
        List<Double> values = lesson.series(column);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < values.size(); i++) {
            double start = lesson.intervalStartSeconds(i);
            if (start >= from && start < to && values.get(i) != null) {
                sum += values.get(i);
                n++;
            }
        }
        return sum / n;
    }
}
