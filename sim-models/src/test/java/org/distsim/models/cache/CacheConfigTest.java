package org.distsim.models.cache;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Mistakes in a cache's eviction and expiry knobs are reported with file:line:col, the rule and a suggestion. */
class CacheConfigTest {

    private static String problem(String cache) {
        String yaml = """
                name: bad
                duration: 1s
                nodes:
                  cache: %s
                  db: {type: database}
                workloads:
                  readers: {type: open-loop, target: cache, rate: 1/s}
                """.formatted(cache);
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("bad.yaml", yaml, List.of()));
        return e.problems().get(0).format();
    }

    @Test
    void expireAfter_withoutATtl_isRejected_becauseNothingWouldExpire() {
        String message = problem("{type: cache, backing: db, capacity: 10, expire-after: access}");
        assertTrue(message.startsWith("bad.yaml:4:"), message);
        assertTrue(message.contains("expire-after: access needs a ttl"), message);
    }

    @Test
    void aMisspelledExpiry_isRejected_withTheChoicesAndASuggestion() {
        String message = problem("{type: cache, backing: db, capacity: 10, ttl: 1s, expire-after: acess}");
        assertTrue(message.startsWith("bad.yaml:4:"), message);
        assertTrue(message.contains("write") && message.contains("\"access\""), message);
    }

    @Test
    void aMisspelledGlobalLfu_isRejected_withASuggestion() {
        String message = problem("{type: cache, backing: db, capacity: 10, eviction: lfu-globl}");
        assertTrue(message.contains("did you mean \"lfu-global\""), message);
    }
}
