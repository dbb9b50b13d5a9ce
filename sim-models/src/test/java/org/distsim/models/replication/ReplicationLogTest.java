package org.distsim.models.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The log's bookkeeping: which follower positions agree with it, how far a diverged follower rewinds, compaction. */
class ReplicationLogTest {

    private static final long ERA_1 = Leadership.initial().era();
    private static final long ERA_2 = Leadership.initial().next(2, ERA_1, 3).era();

    private static ReplicationLog log(long... eras) {
        ReplicationLog log = new ReplicationLog();
        for (long era : eras) {
            long index = log.lastIndex() + 1;
            log.append(new LogEntry(index, era, index, index << 8, 0, 0, 0));
        }
        return log;
    }

    @Test
    void aFollowerWithTheOldLeadersUnshippedEntries_rewindsToTheEndOfThatEraHere() {
        // The new leader took over after entry 3 of era 1 and wrote 4 and 5 in era 2; the old
        // leader had written 4, 5, 6 in era 1.
        ReplicationLog leader = log(ERA_1, ERA_1, ERA_1, ERA_2, ERA_2);

        assertFalse(leader.holds(6, ERA_1));
        assertEquals(3, leader.agreementWith(6, ERA_1));
        assertTrue(leader.holds(3, ERA_1));
        assertTrue(leader.holds(0, 0));
        // A follower whose last era this log never had must drop that era and ask again.
        assertEquals(-1, leader.agreementWith(4, 999));
    }

    @Test
    void truncation_returnsTheEntriesNewestFirst_andForgetsTheirEra() {
        ReplicationLog follower = log(ERA_1, ERA_1, ERA_2, ERA_2);

        assertEquals(2, follower.beforeLastEra());
        List<LogEntry> removed = follower.truncateAfter(follower.beforeLastEra());

        assertEquals(List.of(4L, 3L), removed.stream().map(LogEntry::index).toList());
        assertEquals(ERA_1, follower.lastEra());
        assertEquals(-1, follower.agreementWith(4, ERA_2));
    }

    @Test
    void compaction_keepsIndexesAndAgreement_butNotTheEntries() {
        long[] eras = new long[3000];
        java.util.Arrays.fill(eras, ERA_1);
        ReplicationLog log = log(eras);

        log.compact(2000);

        assertEquals(3000, log.lastIndex());
        assertEquals(2001, log.firstRetained());
        assertEquals(2001, log.get(2001).index());
        assertTrue(log.holds(1500, ERA_1));
        assertEquals(ERA_1, log.eraAt(2000));
        // Truncation stops at the compaction point: every member holds what lies below it.
        log.truncateAfter(10);
        assertEquals(2000, log.lastIndex());
        // Too little to be worth copying: nothing happens.
        log.compact(2010);
        assertEquals(2001, log.firstRetained());
    }
}
