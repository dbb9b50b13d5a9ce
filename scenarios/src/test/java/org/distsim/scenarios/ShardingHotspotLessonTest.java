package org.distsim.scenarios;

import static org.distsim.scenarios.Lesson.assertAbove;
import static org.distsim.scenarios.Lesson.assertBelow;
import static org.distsim.scenarios.Lesson.assertBetween;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scenarios/sharding-hotspot.yaml: under Zipf keys, range sharding puts the popular low keys on
 * one shard, which runs hot; hash, directory and consistent hashing spread them. Adding a fourth
 * shard moves about 3/4 of the keys under hash, 1/4 under consistent hashing, none under a directory.
 */
class ShardingHotspotLessonTest {

    private static Lesson lesson;

    @BeforeAll
    static void run() {
        lesson = Lesson.run("sharding-hotspot");
    }

    @Test
    void summary_matchesTheCheckedInReport() throws IOException {
        lesson.assertMatchesExpected();
    }

    @Test
    void rangeSharding_concentratesZipfKeysOnOneHotShard() {
        assertAbove(lesson.node("router-range", "hot_shard_share"), 3.0, "range hot-shard share (4 = all on one)");
        for (String r : new String[] {"router-hash", "router-dir", "router-ch"}) {
            assertBelow(lesson.node(r, "hot_shard_share"), 1.6, r + " hot-shard share (1 = even)");
        }
        assertAbove(lesson.node("range-1", "utilisation_mean"), 0.8, "the hot range shard's utilisation");
        assertBelow(lesson.node("hash-1", "utilisation_mean"), 0.45, "a hash shard's utilisation");
    }

    @Test
    void theHotShard_showsInTheUsersP99() {
        assertAbove(lesson.p99("users-range"), 1.8 * lesson.p99("users-hash"), "p99, range vs hash");
        assertBelow(lesson.p99("users-dir"), 1.1 * lesson.p99("users-hash"), "p99, directory vs hash");
    }

    @Test
    void addingAShard_movesKeysAsEachStrategyPredicts() {
        assertBetween(lesson.node("router-hash", "keys_moved_fraction"), 0.70, 0.80, "hash: n/(n+1) = 0.75");
        assertBetween(lesson.node("router-ch", "keys_moved_fraction"), 0.15, 0.35, "consistent hash: about 1/(n+1)");
        assertEquals(0.0, lesson.node("router-dir", "keys_moved_fraction"), "directory moves nothing");
        // Range re-splits evenly: half of the key space moves, but Zipf's seen keys are mostly low keys
        // that stay on the first shard, so fewer of them move.
        assertBetween(lesson.node("router-range", "keys_moved_fraction"), 0.1, 0.5, "range: below 1/2 of seen keys");
    }

    @Test
    void theSlo_breaksOnPurposeOnlyForTheVariantTheLessonArguesAgainst() {
        // A broken objective makes distsim run exit 1; here it is the expected outcome, not a failure.
        assertTrue(lesson.sloHeld("users-hash"), "users-hash meets its SLO");
        assertTrue(lesson.sloHeld("users-dir"), "users-dir meets its SLO");
        assertTrue(lesson.sloHeld("users-ch"), "users-ch meets its SLO");
        assertFalse(lesson.sloHeld("users-range"), "users-range breaks its SLO");
    }
}
