package org.distsim.models.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.models.replication.LeaderlessHints.Due;
import org.junit.jupiter.api.Test;

class LeaderlessHintsTest {

    private static final long RESEND = 1_000;

    @Test
    void keepsOnlyTheNewestWriteOfAKeyForAPeer_withThatWritesSize() {
        LeaderlessHints hints = new LeaderlessHints(3);
        hints.keep(2, 7, 100, 10);
        hints.keep(2, 7, 300, 30);
        hints.keep(2, 7, 200, 20);

        assertEquals(1, hints.pending());
        assertEquals(List.of(new Due(7, 300, 30)), hints.due(2, 0, RESEND, 10));
        assertFalse(hints.hasHints(3));
    }

    @Test
    void handsOffInKeyOrder_atMostTheLimit_andNotAgainWhileOnItsWay() {
        LeaderlessHints hints = new LeaderlessHints(3);
        hints.keep(3, 9, 1, 0);
        hints.keep(3, 2, 1, 0);
        hints.keep(3, 5, 1, 0);

        assertEquals(List.of(new Due(2, 1, 0), new Due(5, 1, 0)), hints.due(3, 0, RESEND, 2));
        assertEquals(List.of(new Due(9, 1, 0)), hints.due(3, 10, RESEND, 2));
        assertEquals(List.of(), hints.due(3, 20, RESEND, 2));
        // Unacknowledged for the resend interval (lost, or the peer crashed): sent again.
        assertEquals(List.of(new Due(2, 1, 0), new Due(5, 1, 0)), hints.due(3, RESEND, RESEND, 2));
    }

    @Test
    void forgetsAHintWhenItsWriteIsApplied_butNotWhenANewerOneReplacedIt() {
        LeaderlessHints hints = new LeaderlessHints(3);
        hints.keep(1, 4, 10, 0);
        hints.keep(1, 6, 10, 0);
        hints.due(1, 0, RESEND, 10);
        hints.keep(1, 6, 20, 0);

        assertTrue(hints.delivered(1, 4, 10));
        assertFalse(hints.delivered(1, 6, 10), "the ack of the older write of key 6");
        assertEquals(1, hints.pending());
        // The newer write was not on its way yet: it goes out at the next chance.
        assertEquals(List.of(new Due(6, 20, 0)), hints.due(1, 5, RESEND, 10));
        assertTrue(hints.delivered(1, 6, 20));
        assertEquals(0, hints.pending());
        assertFalse(hints.hasHints(1));
    }
}
