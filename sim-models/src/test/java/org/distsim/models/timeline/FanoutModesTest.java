package org.distsim.models.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fan-out on write, on read and hybrid, on one 100 000-user graph under the same posts and reads:
 * the trade-off the textbooks describe (Kleppmann, DDIA ch. 1), measured.
 *
 * <p>The graph: Zipf(1) follower choice, 20 follows per user on average, so user 0 has about
 * 74 000 followers and 17 users pass the 10 000-follower celebrity threshold. Reads come from
 * uniformly chosen users at 400/s; posts at 50/s from Zipf(0.7)-chosen authors, so the celebrities
 * (the hottest keys) post about 4% of the time and a post reaches about 2 500 followers on average.
 * Fan-out: 4 workers × 1 000-insert batches × 10 µs per insert, about a third busy under write
 * fan-out, while one post by user 0 alone keeps all four busy for about 180 ms.
 */
class FanoutModesTest {

    private static final String SCENARIO = """
            name: twitter-fanout-small
            seed: 5
            duration: 20s
            warmup: 2s
            nodes:
              timeline:
                type: timeline
                users: 100000
                mean-follows: 20
                follower-skew: 1
                celebrity-threshold: 10000
                fanout: hybrid
                workers: 16
                read-time: 1ms
                post-time: 1ms
                merge-time: 200us
                fanout-workers: 4
                insert-time: 10us
                batch: 1000
            workloads:
              readers:
                type: open-loop
                target: timeline
                rate: 400/s
                read-ratio: 1
                keys: {count: 100000, popularity: uniform}
              posters:
                type: open-loop
                target: timeline
                rate: 50/s
                read-ratio: 0
                keys: {count: 100000, popularity: zipf, s: 0.7}
            """;

    private static RunResult write;
    private static RunResult read;
    private static RunResult hybrid;

    @BeforeAll
    static void runTheThreeModes() throws Exception {
        write = run("write");
        read = run("read");
        hybrid = run("hybrid");
        Map<String, RunResult> modes = new LinkedHashMap<>();
        modes.put("write", write);
        modes.put("read", read);
        modes.put("hybrid", hybrid);
        for (var entry : modes.entrySet()) {
            RunResult r = entry.getValue();
            System.out.printf(Locale.ROOT, "%-6s read p99 %.2f ms, post p99 %.2f ms, backlog mean %.0f max %.0f inserts,"
                            + " visible p99 %.1f ms, celebrity visible p99 %.1f ms (max %s), amplification %.0f,"
                            + " cache %.1f MB, celebrity posts %d of %d, merges per read %.1f%n",
                    entry.getKey(), readP99(r), r.workloads().get("posters").latency().p99(),
                    figure(r, "fanout_backlog_mean"), figure(r, "fanout_backlog_max"),
                    figure(r, "visible_to_all_p99_ms"), figure(r, "celebrity_visible_to_all_p99_ms"),
                    r.nodes().get("timeline").figures().get("celebrity_visible_to_all_max_ms"),
                    figure(r, "write_amplification"), figure(r, "timeline_cache_mb"),
                    (long) figure(r, "celebrity_posts"), (long) figure(r, "posts"), figure(r, "merges_per_read"));
        }
    }

    private static RunResult run(String fanout) throws Exception {
        return ScenarioRunner.run(ScenarioLoader.load("fanout.yaml", SCENARIO,
                List.of("nodes.timeline.fanout=" + fanout)), RunOptions.defaults());
    }

    private static double figure(RunResult result, String name) {
        Number value = result.nodes().get("timeline").figures().get(name);
        return value == null ? Double.NaN : value.doubleValue();
    }

    private static double readP99(RunResult result) {
        return result.workloads().get("readers").latency().p99();
    }

    @Test
    void everyRequestSucceeds_andAFewPercentOfPostsAreByCelebrities() {
        for (RunResult r : List.of(write, read, hybrid)) {
            assertEquals(0, r.workloads().get("readers").errors());
            assertEquals(0, r.workloads().get("posters").errors());
            // 18 s × 50 posts/s = 900 posts, of which about 4% (36, Poisson sd 6) by celebrities.
            double share = figure(r, "celebrity_posts") / figure(r, "posts");
            assertTrue(share > 0.015 && share < 0.08, "celebrity share of posts " + share);
        }
    }

    @Test
    void writeFanout_givesTheFastestReads_readFanoutTheSlowest_andHybridIsCloseToWrite() {
        // Write: one 1 ms lookup. Read: 1 ms + 200 µs per followee, and followee counts reach 39, so
        // p99 is near 1 + 38 × 0.2 = 8.6 ms. Hybrid: 1 ms + 200 µs per celebrity followed, and
        // users follow about 4 of the 17 celebrities (merges_per_read measures 4.2).
        assertTrue(readP99(write) < 1.2, "write-fanout read p99 " + readP99(write));
        assertTrue(readP99(read) > 7.0, "read-fanout read p99 " + readP99(read));
        assertTrue(readP99(hybrid) < 0.4 * readP99(read), "hybrid read p99 " + readP99(hybrid));
        assertTrue(readP99(hybrid) > readP99(write), "hybrid still merges the celebrities followed");
        double merges = figure(hybrid, "merges_per_read");
        assertTrue(merges > 1 && merges < 6, "celebrities merged per hybrid read " + merges);
    }

    @Test
    void writeFanout_makesCelebrityPostsSlowToReachEveryone_readAndHybridMakeThemVisibleAtOnce() {
        // 74 000 followers × 10 µs over 4 workers is about 180 ms for user 0 alone, more when it
        // queues behind other posts.
        double writeCelebrity = figure(write, "celebrity_visible_to_all_p99_ms");
        assertTrue(writeCelebrity > 150, "write-fanout celebrity visible p99 " + writeCelebrity);
        assertEquals(0.0, figure(read, "celebrity_visible_to_all_p99_ms"));
        assertEquals(0.0, figure(hybrid, "celebrity_visible_to_all_p99_ms"));
        // Ordinary posts no longer wait behind celebrity fan-outs under hybrid.
        double writeAll = figure(write, "visible_to_all_p99_ms");
        double hybridAll = figure(hybrid, "visible_to_all_p99_ms");
        assertTrue(hybridAll < 0.5 * writeAll, "visible p99: hybrid " + hybridAll + " ms, write " + writeAll + " ms");
    }

    @Test
    void fanoutBacklog_andWriteAmplification_fallFromWriteToHybridToNoneUnderRead() {
        assertEquals(0.0, figure(read, "fanout_backlog_max"));
        assertEquals(0.0, figure(read, "fanout_inserts"));
        assertEquals(0.0, figure(read, "timeline_cache_mb"));
        assertTrue(figure(write, "fanout_backlog_mean") > 3 * figure(hybrid, "fanout_backlog_mean"),
                "backlog: write " + figure(write, "fanout_backlog_mean") + ", hybrid " + figure(hybrid, "fanout_backlog_mean"));
        // Write amplification is the mean follower count of an author: thousands under write
        // fan-out (celebrities dominate), tens under hybrid (they are left out).
        double writeAmplification = figure(write, "write_amplification");
        double hybridAmplification = figure(hybrid, "write_amplification");
        assertTrue(writeAmplification > 1_000, "write amplification " + writeAmplification);
        assertTrue(hybridAmplification < writeAmplification / 5, "hybrid amplification " + hybridAmplification);
        assertTrue(figure(write, "timeline_cache_mb") > figure(hybrid, "timeline_cache_mb"));
    }

    @Test
    void postsAreAcknowledgedBeforeFanout_soPostLatencyIsThePostTimeInEveryMode() {
        for (RunResult r : List.of(write, read, hybrid)) {
            double p99 = r.workloads().get("posters").latency().p99();
            assertTrue(p99 < 1.2, "post p99 " + p99);
        }
    }

    @Test
    void sameSeed_givesTheSameFigures() throws Exception {
        assertEquals(hybrid.nodes().get("timeline").figures(), run("hybrid").nodes().get("timeline").figures());
    }
}
