package org.distsim.models.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The timeline node from YAML: its scale, its faults and its knobs. */
class TimelineServiceTest {

    private static RunResult run(String yaml) throws Exception {
        return ScenarioRunner.run(ScenarioLoader.load("timeline.yaml", yaml, List.of()), RunOptions.defaults());
    }

    @Test
    void defaults_serveAMillionUserGraph_withHybridFanout() throws Exception {
        RunResult result = run("""
                name: million
                duration: 5s
                nodes:
                  timeline: {type: timeline}
                workloads:
                  readers: {type: open-loop, target: timeline, rate: 200/s, keys: {count: 1000000}}
                  posters: {type: open-loop, target: timeline, rate: 20/s, read-ratio: 0,
                            keys: {count: 1000000, popularity: zipf, s: 0.7}}
                """);
        FigureValues figures = result.nodes().get("timeline").figures();

        assertEquals(1_000_000, figures.get("graph_users").intValue());
        // 20 million follows in both directions plus offsets: 168 MB, as the formula says.
        assertEquals(168, figures.get("graph_mb").doubleValue(), 1);
        assertTrue(figures.get("graph_celebrities").intValue() > 50, "celebrities " + figures.get("graph_celebrities"));
        assertEquals(0, result.workloads().get("readers").errors());
        assertEquals(0, result.workloads().get("posters").errors());
        System.out.println("1M users, hybrid: " + figures);
    }

    @Test
    void crash_losesTheCachedTimelines_andReadsRebuildThemByMerging() throws Exception {
        RunResult result = run("""
                name: crash
                duration: 10s
                nodes:
                  timeline: {type: timeline, users: 20000, celebrity-threshold: 1000, fanout: write}
                workloads:
                  readers: {type: open-loop, target: timeline, rate: 300/s, timeout: 1s, keys: {count: 500}}
                  posters: {type: open-loop, target: timeline, rate: 20/s, read-ratio: 0, keys: {count: 20000}}
                faults:
                  - {at: 4s, crash: timeline, duration: 1s}
                """);
        FigureValues figures = result.nodes().get("timeline").figures();

        // Before the crash no read merges; after it, the first read of each of the 500 readers
        // merges every followee (20 on average). Each reads 0.6 times a second, so in the 5 s left
        // 1 - e^-3 = 95% of them read again: 475 rebuilds, binomial sd 5.
        long rebuilds = figures.get("timeline_rebuilds").longValue();
        assertTrue(rebuilds > 440 && rebuilds <= 500, "rebuilds " + rebuilds);
        long merged = figures.get("merged_followees").longValue();
        assertTrue(merged > 20 * 400 && merged < 20 * 600, "followees merged " + merged);
        // Requests sent during the crash time out; the others succeed.
        assertTrue(result.workloads().get("readers").unknown() > 200);
    }

    @Test
    void unknownFanoutMode_isRejectedWithASuggestion() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("t.yaml", """
                name: typo
                duration: 1s
                nodes:
                  timeline: {type: timeline, users: 100, fanout: hybird}
                workloads:
                  w: {type: open-loop, target: timeline, rate: 1/s}
                """, List.of()));
        assertTrue(e.getMessage().contains("did you mean \"hybrid\""), e.getMessage());
    }

    @Test
    void tooManyFollows_areRejected_namingTheMemoryLimit() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("t.yaml", """
                name: huge
                duration: 1s
                nodes:
                  timeline: {type: timeline, users: 10000000, mean-follows: 100}
                workloads:
                  w: {type: open-loop, target: timeline, rate: 1/s}
                """, List.of()));
        assertTrue(e.getMessage().contains("above the limit of 50000000"), e.getMessage());
    }

    @Test
    void generatedGraph_fansOutACelebrityPostToExactlyItsFollowers_inAGraphOfKilobytes() throws Exception {
        RunResult result = run("""
                name: celebrity
                duration: 3s
                nodes:
                  timeline: {type: timeline, graph: generated, users: 10000000, mean-follows: 200,
                             follower-skew: 0.78, celebrity-threshold: 1000000, fanout: write,
                             fanout-workers: 64, insert-time: 1us}
                workloads:
                  star: {type: open-loop, target: timeline, rate: 1/s, arrivals: constant, read-ratio: 0,
                         keys: {count: 1}}
                """);
        FigureValues figures = result.nodes().get("timeline").figures();

        long posts = figures.get("posts").longValue();
        long followers = figures.get("graph_max_followers").longValue();
        assertTrue(posts >= 2 && followers > 1_000_000, posts + " posts by a user with " + followers + " followers");
        // Every post by user 0 is inserted into each of its followers' timelines, no more, no less
        // (three posts stay below the 800-entry cap, so every insert stays in the cache).
        assertEquals(posts * followers, figures.get("fanout_inserts").longValue());
        assertEquals(posts * followers, figures.get("timeline_entries").longValue());
        assertTrue(figures.get("graph_mb").doubleValue() < 0.01, "graph MB " + figures.get("graph_mb"));
    }

    @Test
    void aBillionUsersWithCachedTimelines_areRefusedAtLoad_namingTheMemoryLimit() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("t.yaml", """
                name: billion
                duration: 1s
                nodes:
                  timeline: {type: timeline, graph: generated, users: 1000000000, mean-follows: 200,
                             celebrity-threshold: 10000000, fanout: hybrid}
                workloads:
                  w: {type: open-loop, target: timeline, rate: 1/s}
                """, List.of()));
        assertTrue(e.getMessage().contains("above the limit of 1000 MB"), e.getMessage());
    }
}
