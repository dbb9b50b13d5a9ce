package org.distsim.models.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** The exact sliding log, the sliding-window counter and the fixed window, side by side. */
class WindowLimitersTest {

    private static final long MILLI = 1_000_000L;
    private static final long WINDOW = 100 * MILLI;

    @Test
    void theSlidingLog_neverAdmitsMoreThanTheLimit_inAnyWindow_underBurstyArrivals() {
        UniformRandomProvider rng = new RandomStreams(21, 0).stream("client", "arrivals");
        SlidingLogLimiter log = new SlidingLogLimiter(10, WINDOW);
        List<Long> admittedAt = new ArrayList<>();
        long now = 0;
        for (int i = 0; i < 200_000; i++) {
            // Bursts: most gaps are tiny, some long.
            now += rng.nextInt(10) == 0 ? rng.nextLong(50 * MILLI) : rng.nextLong(MILLI / 10);
            if (log.tryAcquire(now)) {
                admittedAt.add(now);
            }
        }
        int oldest = 0;
        for (int newest = 0; newest < admittedAt.size(); newest++) {
            while (admittedAt.get(newest) - admittedAt.get(oldest) >= WINDOW) {
                oldest++;
            }
            assertTrue(newest - oldest + 1 <= 10, "window ending " + admittedAt.get(newest) + " holds "
                    + (newest - oldest + 1));
        }
        assertTrue(admittedAt.size() > 10_000, "it still admits: " + admittedAt.size());
    }

    @Test
    void underSteadyOverload_allThreeAdmitExactlyTheLimitPerWindow() {
        SlidingLogLimiter log = new SlidingLogLimiter(10, WINDOW);
        SlidingWindowCounterLimiter counter = new SlidingWindowCounterLimiter(10, WINDOW);
        FixedWindowLimiter fixed = new FixedWindowLimiter(10, WINDOW);
        for (long t = 0; t < 10_000 * MILLI; t += MILLI) {
            log.tryAcquire(t);
            counter.tryAcquire(t);
            fixed.tryAcquire(t);
        }
        // 100 windows of 100 ms in 10 s, 10 admissions each.
        assertEquals(1_000, log.admitted());
        assertEquals(1_000, fixed.admitted());
        assertEquals(1_000, counter.admitted());
        assertEquals(10_000 - log.admitted(), log.rejected());
    }

    @Test
    void atAWindowBoundary_theFixedWindowAdmitsTwiceTheLimit_theSlidingOnesAboutTheLimit() {
        SlidingLogLimiter log = new SlidingLogLimiter(10, WINDOW);
        SlidingWindowCounterLimiter counter = new SlidingWindowCounterLimiter(10, WINDOW);
        FixedWindowLimiter fixed = new FixedWindowLimiter(10, WINDOW);
        for (long t : new long[] {WINDOW - MILLI, WINDOW + MILLI}) {
            for (int i = 0; i < 20; i++) {
                log.tryAcquire(t);
                counter.tryAcquire(t);
                fixed.tryAcquire(t);
            }
        }
        assertEquals(20, fixed.admitted(), "10 just before the boundary and 10 just after, 2 ms apart");
        assertEquals(10, log.admitted());
        // After the boundary the estimate is 10 × 99 % = 9.9 < 10: one more, then full.
        assertEquals(11, counter.admitted());
    }

    @Test
    void theCounter_assumesThePreviousWindowWasEven_soItErrsBothWays() {
        // Ten admissions early in the first window: half a window later, the exact log sees none
        // of them in its window, the counter still counts half.
        SlidingLogLimiter earlyLog = new SlidingLogLimiter(10, WINDOW);
        SlidingWindowCounterLimiter earlyCounter = new SlidingWindowCounterLimiter(10, WINDOW);
        // Ten admissions late in the first window: the log sees all ten, the counter only half.
        SlidingLogLimiter lateLog = new SlidingLogLimiter(10, WINDOW);
        SlidingWindowCounterLimiter lateCounter = new SlidingWindowCounterLimiter(10, WINDOW);
        for (int i = 0; i < 10; i++) {
            earlyLog.tryAcquire(MILLI);
            earlyCounter.tryAcquire(MILLI);
            lateLog.tryAcquire(WINDOW - MILLI);
            lateCounter.tryAcquire(WINDOW - MILLI);
        }
        long later = WINDOW + WINDOW / 2;
        int[] admitted = new int[4];
        for (int i = 0; i < 20; i++) {
            admitted[0] += earlyLog.tryAcquire(later) ? 1 : 0;
            admitted[1] += earlyCounter.tryAcquire(later) ? 1 : 0;
            admitted[2] += lateLog.tryAcquire(later) ? 1 : 0;
            admitted[3] += lateCounter.tryAcquire(later) ? 1 : 0;
        }
        assertEquals(10, admitted[0]);
        assertEquals(5, admitted[1], "fewer than the exact log");
        assertEquals(0, admitted[2]);
        assertEquals(5, admitted[3], "more than the exact log");
    }

    @Test
    void aQuietGapLongerThanAWindow_resetsTheCounter() {
        SlidingWindowCounterLimiter counter = new SlidingWindowCounterLimiter(3, WINDOW);
        for (int i = 0; i < 3; i++) {
            counter.tryAcquire(0);
        }
        int admitted = 0;
        for (int i = 0; i < 5; i++) {
            admitted += counter.tryAcquire(5 * WINDOW) ? 1 : 0;
        }
        assertEquals(3, admitted);
    }

    @Test
    void impossibleParameters_areRejected_namingThem() {
        var limit = assertThrows(IllegalArgumentException.class, () -> new SlidingLogLimiter(0, WINDOW));
        assertTrue(limit.getMessage().contains("limit"), limit.getMessage());
        var window = assertThrows(IllegalArgumentException.class, () -> new SlidingWindowCounterLimiter(5, 0));
        assertTrue(window.getMessage().contains("windowNanos"), window.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FixedWindowLimiter(0, WINDOW));
        assertThrows(IllegalArgumentException.class, () -> new SlidingWindowCounterLimiter(Long.MAX_VALUE / 4, WINDOW));
        assertThrows(IllegalArgumentException.class, () -> new SlidingLogLimiter(SlidingLogLimiter.MAX_LIMIT + 1, WINDOW));
    }
}
