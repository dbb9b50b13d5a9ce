package org.distsim.models.sharding;

import static org.distsim.models.sharding.Sharded.figure;
import static org.distsim.models.sharding.Sharded.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.result.RunResult;
import org.junit.jupiter.api.Test;

/**
 * Adding a fourth shard at 5 s to three, under 1000 uniform keys at 1000 requests/s: by then the
 * router has seen about 1000 x (1 - e^-5) = 993 distinct keys, and it reports which fraction of
 * them changed shard.
 *
 * <p>Margins: each seen key moves or not by where its hash falls, like a coin with the theoretical
 * probability p; over k = 993 keys the fraction has standard deviation sqrt(p(1-p)/k), at most
 * 0.016; 0.05 is three of them.
 */
class ReshardingTest {

    private static final String ADD_SHARD = "nodes.router.add-shard={at: 5s, node: db-4}";
    private static final List<String> FOUR = List.of("db-1", "db-2", "db-3", "db-4");

    private static RunResult reshard(String strategy, String... more) {
        String[] overrides = new String[more.length + 2];
        overrides[0] = "nodes.router.strategy=" + strategy;
        overrides[1] = ADD_SHARD;
        System.arraycopy(more, 0, overrides, 2, more.length);
        return Sharded.run(overrides);
    }

    private static double movedFraction(RunResult result) {
        return figure(result, "router", "keys_moved_fraction");
    }

    @Test
    void addingAShard_toHashModN_movesNOverNPlusOneOfTheKeys() {
        RunResult result = reshard("hash");
        assertTrue(figure(result, "router", "keys_seen") > 950, "keys seen " + figure(result, "router", "keys_seen"));
        assertEquals(3.0 / 4, movedFraction(result), 0.05);
    }

    @Test
    void addingAShard_toConsistentHashing_movesAboutOneOverNPlusOne() {
        // With 1000 virtual nodes the new shard's arc is 1/4 give or take 3 % relative, a further
        // ±0.008 on top of the sampling margin.
        RunResult result = reshard("consistent-hash", "nodes.router.virtual-nodes=1000");
        assertEquals(1.0 / 4, movedFraction(result), 0.05);
    }

    @Test
    void addingAShard_toEvenRanges_movesHalfTheKeys() {
        // Re-splitting 1000 keys from 3 ranges into 4 keeps [0, 250), [333, 500) and [666, 750):
        // 501 keys stay and 499 move.
        RunResult result = reshard("range", "nodes.router.key-space=1000");
        assertEquals(0.499, movedFraction(result), 0.05);
    }

    @Test
    void addingAShard_toADirectory_movesNoKey_andTheNewShardTakesOnlyNewKeys() {
        RunResult result = reshard("directory");
        assertEquals(0.0, movedFraction(result));
        // Only the ~7 keys not seen in the first 5 s can land on db-4: a sliver of the load.
        double[] shares = Sharded.shares(result, FOUR);
        assertTrue(shares[3] < 0.02, "shares " + list(shares));
    }

    @Test
    void theAddedShard_receivesNothingBeforeTheChange_andItsShareAfterwards() {
        RunResult result = reshard("hash");
        List<Long> starts = result.series().startNanos();
        List<Double> toNewShard = result.series().values("node.router.to.db-4");
        List<Double> toFirstShard = result.series().values("node.router.to.db-1");
        long at = 5_000_000_000L;
        double before = 0;
        double after = 0;
        double allAfter = 0;
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) + result.series().intervalNanos() <= at) {
                before += toNewShard.get(i);
            } else if (starts.get(i) >= at) {
                after += toNewShard.get(i);
                allAfter += toNewShard.get(i) + toFirstShard.get(i);
            }
        }
        assertEquals(0.0, before, "requests to db-4 before it was added");
        // db-4 and db-1 each own about a quarter of the keys afterwards, so db-4 takes about half
        // of their combined requests (binomial over ~2500 requests and ~500 keys: ±0.07 at 3 sd).
        assertEquals(0.5, after / allAfter, 0.07, "db-4's part of db-1 + db-4 after the change");
        assertTrue(figure(result, "db-4", "reads") > 1000);
    }

    @Test
    void aReshardingDueWhileTheRouterIsDown_happensWhenItRestarts() {
        RunResult result = reshard("hash", "faults=[{at: 4s, crash: router, duration: 2s}]");
        assertEquals(3.0 / 4, movedFraction(result), 0.05);
        List<Long> starts = result.series().startNanos();
        List<Double> toNewShard = result.series().values("node.router.to.db-4");
        List<Double> toFirstShard = result.series().values("node.router.to.db-1");
        double beforeRestart = 0;
        double whileDown = 0;
        for (int i = 0; i < starts.size(); i++) {
            long end = starts.get(i) + result.series().intervalNanos();
            if (end <= 6_000_000_000L) {
                beforeRestart += toNewShard.get(i);
            }
            if (starts.get(i) >= 4_000_000_000L && end <= 6_000_000_000L) {
                whileDown += toFirstShard.get(i);
            }
        }
        assertEquals(0.0, whileDown, "the router routes nothing while it is down");
        assertEquals(0.0, beforeRestart, "db-4 gets nothing before the router restarts");
        assertTrue(figure(result, "db-4", "reads") > 500, "db-4 serves after the restart");
    }
}
