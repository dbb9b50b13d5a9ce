package org.distsim.models.sharding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.models.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

/** What a scenario author gets wrong about a shard router, and how ranges cut the keys. */
class ShardRouterConfigTest {

    private static String problem(String... overrides) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Sharded.load(overrides));
        return e.getMessage();
    }

    @Test
    void rangeWithoutKeySpaceOrBoundaries_isRejected_namingBoth() {
        String message = problem("nodes.router.strategy=range");
        assertTrue(message.contains("key-space") && message.contains("boundaries"), message);
    }

    @Test
    void boundariesOnAHashRouter_areRejected() {
        String message = problem("nodes.router.boundaries=[10, 20]");
        assertTrue(message.contains("read only by strategy range"), message);
    }

    @Test
    void addingAShardThatIsAlreadyAShard_isRejected() {
        String message = problem("nodes.router.add-shard={at: 1s, node: db-2}");
        assertTrue(message.contains("already one of the shards"), message);
    }

    @Test
    void explicitBoundaries_cutTheKeysWhereTheySay() {
        RangeSharding map = RangeSharding.explicit(List.of(100L, 1000L), List.of(100L, 500L, 1000L));
        assertEquals(List.of(0, 0, 1, 1, 2, 2), List.of(map.shardOf(-5), map.shardOf(99), map.shardOf(100),
                map.shardOf(999), map.shardOf(1000), map.shardOf(Long.MAX_VALUE)));
        map.addShard("db-4");
        assertEquals(List.of(1, 2, 3), List.of(map.shardOf(499), map.shardOf(500), map.shardOf(1000)));
    }

    @Test
    void anEvenSplit_givesEachShardAnEqualRange_theLastTakingTheRemainder() {
        RangeSharding map = RangeSharding.even(1000, 3);
        assertEquals(List.of(0, 1, 2, 2), List.of(map.shardOf(332), map.shardOf(333), map.shardOf(666), map.shardOf(999)));
    }
}
