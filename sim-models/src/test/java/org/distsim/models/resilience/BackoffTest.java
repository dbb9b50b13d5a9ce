package org.distsim.models.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackoffTest {

    private static final long MILLI = 1_000_000L;
    private static final long BASE = 100 * MILLI;
    private static final long CAP = 1_000 * MILLI;
    private static final int DRAWS = 100_000;

    private static UniformRandomProvider rng() {
        return new RandomStreams(2015, 0).stream("client", "backoff");
    }

    @Test
    void withoutJitter_theDelayDoublesUntilTheCap() {
        Backoff backoff = new Backoff(BASE, CAP, Jitter.NONE);
        long[] expected = {100, 200, 400, 800, 1_000, 1_000};
        for (int attempt = 0; attempt < expected.length; attempt++) {
            assertEquals(expected[attempt] * MILLI, backoff.delayNanos(attempt, 0, rng()));
        }
    }

    @Test
    void theEnvelope_saturatesAtTheCap_insteadOfOverflowing() {
        Backoff backoff = new Backoff(3, Long.MAX_VALUE / 4, Jitter.NONE);
        assertEquals(Long.MAX_VALUE / 4, backoff.envelopeNanos(62));
        assertEquals(Long.MAX_VALUE / 4, backoff.envelopeNanos(1_000));
        assertEquals(3L << 40, backoff.envelopeNanos(40));
    }

    @ParameterizedTest(name = "attempt {0}")
    @ValueSource(ints = {0, 2, 5})
    void fullJitter_staysWithinTheEnvelope_andAveragesHalfOfIt(int attempt) {
        Backoff backoff = new Backoff(BASE, CAP, Jitter.FULL);
        long envelope = backoff.envelopeNanos(attempt);
        SummaryStatistics delays = draw(backoff, attempt, envelope, 0);
        // Uniform on [0, e]: standard deviation e/√12; allow 4 standard errors.
        assertEquals(envelope / 2.0, delays.getMean(), 4 * envelope / Math.sqrt(12.0 * DRAWS));
    }

    @ParameterizedTest(name = "attempt {0}")
    @ValueSource(ints = {0, 2, 5})
    void equalJitter_staysBetweenHalfTheEnvelopeAndTheEnvelope_averagingThreeQuarters(int attempt) {
        Backoff backoff = new Backoff(BASE, CAP, Jitter.EQUAL);
        long envelope = backoff.envelopeNanos(attempt);
        SummaryStatistics delays = draw(backoff, attempt, envelope, envelope / 2);
        assertEquals(0.75 * envelope, delays.getMean(), 4 * (envelope / 2.0) / Math.sqrt(12.0 * DRAWS));
    }

    @Test
    void decorrelatedJitter_staysAboveTheBase_underTheCap_andWithinThreeTimesThePreviousDelay() {
        Backoff backoff = new Backoff(BASE, CAP, Jitter.DECORRELATED);
        UniformRandomProvider rng = rng();
        int reachedCap = 0;
        for (int request = 0; request < 10_000; request++) {
            long previous = 0;
            for (int attempt = 0; attempt < 8; attempt++) {
                long delay = backoff.delayNanos(attempt, previous, rng);
                assertTrue(delay >= BASE && delay <= CAP, "delay " + delay);
                assertTrue(delay <= 3 * Math.max(previous, BASE), "delay " + delay + " after " + previous);
                reachedCap += delay == CAP ? 1 : 0;
                previous = delay;
            }
        }
        assertTrue(reachedCap > 0, "delays grow until capped");
    }

    @Test
    void theSameStream_givesTheSameDelays() {
        Backoff backoff = new Backoff(BASE, CAP, Jitter.FULL);
        UniformRandomProvider a = rng();
        UniformRandomProvider b = rng();
        for (int attempt = 0; attempt < 10; attempt++) {
            assertEquals(backoff.delayNanos(attempt, 0, a), backoff.delayNanos(attempt, 0, b));
        }
    }

    @Test
    void impossibleParameters_areRejected_namingThem() {
        var base = assertThrows(IllegalArgumentException.class, () -> new Backoff(0, CAP, Jitter.FULL));
        assertTrue(base.getMessage().contains("baseNanos"), base.getMessage());
        var cap = assertThrows(IllegalArgumentException.class, () -> new Backoff(BASE, BASE - 1, Jitter.FULL));
        assertTrue(cap.getMessage().contains("capNanos"), cap.getMessage());
        var attempt = assertThrows(IllegalArgumentException.class,
                () -> new Backoff(BASE, CAP, Jitter.NONE).delayNanos(-1, 0, rng()));
        assertTrue(attempt.getMessage().contains("attempt"), attempt.getMessage());
    }

    private static SummaryStatistics draw(Backoff backoff, int attempt, long envelope, long floor) {
        UniformRandomProvider rng = rng();
        SummaryStatistics delays = new SummaryStatistics();
        for (int i = 0; i < DRAWS; i++) {
            long delay = backoff.delayNanos(attempt, 0, rng);
            assertTrue(delay >= floor && delay <= envelope, "delay " + delay + " outside [" + floor + ", " + envelope + "]");
            delays.addValue(delay);
        }
        return delays;
    }
}
