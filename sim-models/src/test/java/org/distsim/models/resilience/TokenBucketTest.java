package org.distsim.models.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @ParameterizedTest(name = "{0}/s, burst {1}, a request every {2} ns for {3} s")
    @CsvSource({
        "100, 10, 1000000, 1000",
        "333.3, 5, 1000000, 1000",
        "0.7, 3, 10000000, 10000",
        // Almost three days of simulated time: the refill is computed from the start, exactly.
        "3.3, 2, 250000000, 250000",
        // tokens × elapsed overflows a long here, which exercises the BigInteger fallback.
        "1234567.891, 50, 500, 2"})
    void underSteadyOverload_itAdmitsExactlyBurstPlusRateTimesTime(
            String ratePerSecond, long burst, long gapNanos, long seconds) {
        TokenBucket bucket = new TokenBucket(Double.parseDouble(ratePerSecond), burst);
        long last = 0;
        for (long t = 0; t < seconds * SECOND; t += gapNanos) {
            bucket.tryAcquire(t);
            last = t;
        }
        // burst + ⌊r·T⌋ for the last request at T, computed independently in decimal.
        long expected = burst + new BigDecimal(ratePerSecond).multiply(BigDecimal.valueOf(last))
                .divide(BigDecimal.valueOf(SECOND), 0, RoundingMode.FLOOR).longValueExact();
        assertEquals(expected, bucket.admitted());
    }

    @Test
    void aBurstOfBurstRequestsAtOnce_isAdmitted_andTheNextIsNot() {
        TokenBucket bucket = new TokenBucket(10, 25);
        for (int i = 0; i < 25; i++) {
            assertTrue(bucket.tryAcquire(0), "request " + i);
        }
        assertFalse(bucket.tryAcquire(0));
        assertEquals(1, bucket.rejected());
    }

    @Test
    void anIdlePeriod_refillsAtMostTheBurst() {
        TokenBucket bucket = new TokenBucket(1_000, 20);
        for (int i = 0; i < 20; i++) {
            bucket.tryAcquire(0);
        }
        long hourLater = 3_600 * SECOND;
        assertEquals(20, bucket.availableTokens(hourLater));
        int admitted = 0;
        for (int i = 0; i < 100; i++) {
            admitted += bucket.tryAcquire(hourLater) ? 1 : 0;
        }
        assertEquals(20, admitted);
    }

    @Test
    void tokensAccrueOneAtATime_atTheExactRate() {
        TokenBucket bucket = TokenBucket.ofRate(1, 3 * SECOND, 1);
        assertTrue(bucket.tryAcquire(0));
        assertFalse(bucket.tryAcquire(3 * SECOND - 1));
        assertTrue(bucket.tryAcquire(3 * SECOND));
        assertFalse(bucket.tryAcquire(6 * SECOND - 1));
        assertTrue(bucket.tryAcquire(6 * SECOND));
        assertEquals(1.0 / 3, bucket.ratePerSecond(), 1e-15);
    }

    @Test
    void severalPermits_areTakenTogetherOrNotAtAll() {
        TokenBucket bucket = new TokenBucket(1, 5);
        assertTrue(bucket.tryAcquire(0, 3));
        assertFalse(bucket.tryAcquire(0, 3));
        assertEquals(2, bucket.availableTokens(0));
        assertTrue(bucket.tryAcquire(SECOND, 3));
    }

    @Test
    void impossibleParameters_areRejected_namingThem() {
        var rate = assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, 5));
        assertTrue(rate.getMessage().contains("ratePerSecond"), rate.getMessage());
        var burst = assertThrows(IllegalArgumentException.class, () -> new TokenBucket(5, 0));
        assertTrue(burst.getMessage().contains("burst"), burst.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(Double.NaN, 5));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(1, 5).tryAcquire(0, 6));
        TokenBucket bucket = new TokenBucket(1, 5);
        bucket.tryAcquire(10);
        assertThrows(IllegalArgumentException.class, () -> bucket.tryAcquire(9));
    }
}
