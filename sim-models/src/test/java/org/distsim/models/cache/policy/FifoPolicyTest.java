package org.distsim.models.cache.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FifoPolicyTest extends EvictionPolicyContract {

    @Override
    EvictionPolicy newPolicy(int capacity) {
        return EvictionPolicy.fifo(capacity);
    }

    @Test
    void aMiss_evictsTheOldestInsertion_evenIfItWasJustUsed() {
        EvictionPolicy fifo = newPolicy(3);
        fifo.access(1, 0);
        fifo.access(2, 1);
        fifo.access(3, 2);
        assertTrue(fifo.access(1, 3));
        fifo.access(4, 4);
        assertFalse(fifo.contains(1, 4), "1 was inserted first; the hit does not save it");
        fifo.access(5, 5);
        assertFalse(fifo.contains(2, 5));
        assertTrue(fifo.contains(3, 5) && fifo.contains(4, 5) && fifo.contains(5, 5));
    }

    @Test
    void aReinsertedKey_goesToTheBackOfTheQueue() {
        EvictionPolicy fifo = newPolicy(2);
        fifo.access(1, 0);
        fifo.access(2, 0);
        fifo.remove(1);
        fifo.access(1, 0);
        fifo.access(3, 0);
        assertFalse(fifo.contains(2, 0), "2 is now the oldest insertion");
        assertTrue(fifo.contains(1, 0));
    }
}
