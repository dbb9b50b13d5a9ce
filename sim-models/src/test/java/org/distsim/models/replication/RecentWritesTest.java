package org.distsim.models.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The front's memory of who wrote what lately, for leader-after-write. */
class RecentWritesTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aWrite_isRememberedForTheWindow_forThatClientAndKeyOnly() {
        RecentWrites writes = new RecentWrites(SECOND);
        writes.wrote(1, 42, 0);

        assertTrue(writes.wroteRecently(1, 42, SECOND));
        assertFalse(writes.wroteRecently(2, 42, SECOND), "another client");
        assertFalse(writes.wroteRecently(1, 43, SECOND), "another key");
        assertFalse(writes.wroteRecently(1, 42, SECOND + 1), "after the window");
        assertEquals(0, writes.size(), "forgotten, so memory stays bounded");
    }

    @Test
    void aLaterWriteOfTheSameKey_extendsTheWindow() {
        RecentWrites writes = new RecentWrites(SECOND);
        writes.wrote(1, 42, 0);
        writes.wrote(1, 42, SECOND / 2);

        // The first write's expiry must not forget the second.
        assertTrue(writes.wroteRecently(1, 42, SECOND + 1));
        assertFalse(writes.wroteRecently(1, 42, SECOND + SECOND / 2 + 1));
    }
}
