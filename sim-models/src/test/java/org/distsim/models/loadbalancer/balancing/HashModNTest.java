package org.distsim.models.loadbalancer.balancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HashModNTest extends BalancingStrategyContract {

    private static final int KEYS = 100_000;

    @Override
    BalancingStrategy newStrategy() {
        return new HashModN();
    }

    /** The backend of every key 0 .. KEYS-1 over {@code pool} as it is now. */
    static int[] owners(BalancingStrategy strategy, Backends pool) {
        int[] owners = new int[KEYS];
        for (int key = 0; key < KEYS; key++) {
            owners[key] = strategy.choose(pool, key);
        }
        return owners;
    }

    static double movedFraction(int[] before, int[] after) {
        int moved = 0;
        for (int key = 0; key < before.length; key++) {
            if (before[key] != after[key]) {
                moved++;
            }
        }
        return moved / (double) before.length;
    }

    /**
     * Before the failure a key's backend is {@code x mod n}, after it the {@code (x mod (n−1))}-th
     * healthy one; n and n − 1 are coprime, so by the Chinese remainder theorem the two are
     * independent and uniform for a well-mixed hash x, and a key stays with probability
     * {@code Σ (1/n)(1/(n−1))} over the n − 1 survivors, 1/n: (n − 1)/n of the keys move. A
     * consistent-hash ring moves only the failed backend's own keys, its share of the ring, about
     * 1/n (± about 10 % of that with 100 virtual nodes). The binomial standard error of a fraction
     * over 100 000 keys is at most 0.0016; 0.01 is over six of them.
     */
    @Test
    void oneBackendFailing_movesAboutNMinusOneOverNOfTheKeys_againstOneOverNForConsistentHashing() {
        int n = 5;
        BackendPool pool = pool(n);
        int[] before = owners(new HashModN(), pool);
        ConsistentHashBalancing ring = new ConsistentHashBalancing();
        int[] ringBefore = owners(ring, pool);
        pool.setHealthy(2, false);
        int[] after = owners(new HashModN(), pool);
        int[] ringAfter = owners(ring, pool);

        assertEquals((n - 1) / (double) n, movedFraction(before, after), 0.01, "hash-mod-n remaps almost every key");
        double ringMoved = movedFraction(ringBefore, ringAfter);
        assertEquals(1.0 / n, ringMoved, 0.5 / n, "the ring moves about 1/n");
        for (int key = 0; key < KEYS; key++) {
            if (ringBefore[key] != ringAfter[key]) {
                assertEquals(2, ringBefore[key], "the ring moves only the failed backend's keys, not key " + key);
            }
        }
    }

    @Test
    void theBackendComingBack_returnsEveryKeyToWhereItWas() {
        BackendPool pool = pool(4);
        int[] before = owners(new HashModN(), pool);
        pool.setHealthy(1, false);
        pool.setHealthy(1, true);
        assertEquals(0.0, movedFraction(before, owners(new HashModN(), pool)));
    }

    @Test
    void keysSpreadEvenly_overTheHealthyBackends() {
        BackendPool pool = pool(4);
        int[] counts = new int[4];
        for (int owner : owners(new HashModN(), pool)) {
            counts[owner]++;
        }
        double sd = Math.sqrt(KEYS * 0.25 * 0.75);
        for (int count : counts) {
            assertTrue(Math.abs(count - KEYS / 4.0) < 4 * sd, "uneven: " + java.util.Arrays.toString(counts));
        }
    }
}
