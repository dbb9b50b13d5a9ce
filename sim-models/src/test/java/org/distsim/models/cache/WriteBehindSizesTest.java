package org.distsim.models.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A write-behind cache's flushes carry the sizes of the writes they write back, so a sized
 * database behind it grows as it does behind write-through: every write it commits stores the
 * size of the write it came from.
 */
class WriteBehindSizesTest {

    private static final String PIPELINE = """
            name: sized-cache
            duration: 10s
            nodes:
              cache:
                type: cache
                backing: db
                capacity: 100000
                strategy: %s
                flush-interval: 200ms
              db: {type: database, workers: 8}
            workloads:
              uploads:
                type: open-loop
                target: cache
                arrivals: constant
                rate: 100/s
                schedule: [{at: 8s, rate: 0/s}]
                read-ratio: 0%%
                request-size: 250kB
                keys: {count: %d}
            """;

    private static FigureValues database(String strategy, int keys) {
        try {
            RunResult result = ScenarioRunner.run(ScenarioLoader.load("sized-cache.yaml",
                    PIPELINE.formatted(strategy, keys), List.of()), RunOptions.defaults());
            return result.nodes().get("db").figures();
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void writeBehindFlushes_storeTheirWritesSizes_likeWriteThrough() {
        FigureValues behind = database("write-behind", 100_000_000);
        FigureValues through = database("write-through", 100_000_000);
        // 800 uploads to keys that (almost surely) differ: each is written back once, 250 kB each.
        long flushed = behind.get("writes").longValue();
        assertTrue(flushed >= 790 && flushed <= 800, "writes back: " + flushed);
        assertEquals(flushed * 0.25, behind.get("stored_mb").doubleValue(), 1e-9);
        assertEquals(through.get("writes").longValue() * 0.25, through.get("stored_mb").doubleValue(), 1e-9);
        assertEquals(through.get("stored_mb").doubleValue(), behind.get("stored_mb").doubleValue(), 0.25 * 10);
    }

    @Test
    void coalescedWrites_storeOneValue_whenTheyAreWrittenBackOnce() {
        // 800 uploads to 10 keys: a flush every 200 ms writes back each dirty key once.
        FigureValues behind = database("write-behind", 10);
        long flushed = behind.get("writes").longValue();
        assertTrue(flushed < 800 / 2, "coalesced: " + flushed);
        assertEquals(flushed * 0.25, behind.get("stored_mb").doubleValue(), 1e-9);
    }
}
