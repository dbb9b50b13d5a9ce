package org.distsim.models.resilience;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A token bucket of {@code burst} tokens that refills at a fixed rate and starts full; a request
 * takes one token (or {@code permits}) or is refused.
 *
 * <p>The rate is held as an exact fraction, {@code tokensPerPeriod} tokens every {@code
 * periodNanos}, and the level is never accumulated step by step. Instead the bucket remembers the
 * last time it was full ({@code anchor}) and the tokens taken since; the level at {@code t} is
 * {@code min(burst, burst + ⌊tokensPerPeriod·(t − anchor)/periodNanos⌋ − taken)}, computed in
 * integers (with a {@link BigInteger} fallback when a product would overflow). Whenever the bucket
 * is found full the anchor moves to that time. There is no rounding to accumulate, so under steady
 * overload exactly {@code burst + ⌊r·T⌋} requests are admitted in {@code [0, T]}, however long the
 * run.
 */
public final class TokenBucket implements RateLimiter {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** Rates given as a decimal are kept to this many digits after the point. */
    private static final int RATE_DECIMALS = 9;

    private final long tokensPerPeriod;
    private final long periodNanos;
    private final long burst;

    private long anchorNanos;
    private long takenSinceAnchor;
    private long lastNanos;
    private long admitted;
    private long rejected;

    /**
     * A bucket refilling at {@code ratePerSecond}, which is read as its shortest decimal form and
     * rounded to 9 digits after the point (so {@code 0.3} is exactly 3 tokens per 10 s).
     *
     * @param ratePerSecond tokens per second, finite and positive
     * @param burst the bucket size in tokens, at least 1
     */
    public TokenBucket(double ratePerSecond, long burst) {
        this(rationalRate(ratePerSecond), burst);
    }

    private TokenBucket(long[] rate, long burst) {
        this(rate[0], rate[1], burst);
    }

    private TokenBucket(long tokensPerPeriod, long periodNanos, long burst) {
        Times.positive("tokens", tokensPerPeriod);
        Times.positive("periodNanos", periodNanos);
        Times.positive("burst", burst);
        long divisor = gcd(tokensPerPeriod, periodNanos);
        this.tokensPerPeriod = tokensPerPeriod / divisor;
        this.periodNanos = periodNanos / divisor;
        this.burst = burst;
    }

    /**
     * A bucket refilling by exactly {@code tokens} every {@code periodNanos}: {@code ofRate(1, 3_000_000_000L, b)}
     * is one token every three seconds.
     */
    public static TokenBucket ofRate(long tokens, long periodNanos, long burst) {
        return new TokenBucket(tokens, periodNanos, burst);
    }

    @Override
    public boolean tryAcquire(long nowNanos) {
        return tryAcquire(nowNanos, 1);
    }

    /** Takes {@code permits} tokens at once if that many are available; otherwise takes none. */
    public boolean tryAcquire(long nowNanos, long permits) {
        if (permits < 1 || permits > burst) {
            throw new IllegalArgumentException("permits must be between 1 and burst (" + burst + "), got " + permits);
        }
        if (availableTokens(nowNanos) >= permits) {
            takenSinceAnchor += permits;
            admitted++;
            return true;
        }
        rejected++;
        return false;
    }

    /** The whole tokens in the bucket at {@code nowNanos}, in {@code [0, burst]}. */
    public long availableTokens(long nowNanos) {
        lastNanos = Times.advance(lastNanos, nowNanos);
        long refilled = refill(nowNanos - anchorNanos);
        if (refilled >= takenSinceAnchor) {
            anchorNanos = nowNanos;
            takenSinceAnchor = 0;
            return burst;
        }
        return burst - (takenSinceAnchor - refilled);
    }

    /** The refill rate in tokens per second (rounded to a double for display). */
    public double ratePerSecond() {
        return (double) tokensPerPeriod * NANOS_PER_SECOND / periodNanos;
    }

    public long burst() {
        return burst;
    }

    @Override
    public long admitted() {
        return admitted;
    }

    @Override
    public long rejected() {
        return rejected;
    }

    @Override
    public String toString() {
        return "TokenBucket[" + tokensPerPeriod + " per " + periodNanos + " ns, burst " + burst + "]";
    }

    /** ⌊tokensPerPeriod · elapsed / periodNanos⌋, saturating at {@code Long.MAX_VALUE / 2}. */
    private long refill(long elapsedNanos) {
        long saturated = Long.MAX_VALUE / 2;
        long periods = elapsedNanos / periodNanos;
        long remainder = elapsedNanos % periodNanos;
        if (periods > saturated / tokensPerPeriod) {
            return saturated;
        }
        long whole = tokensPerPeriod * periods;
        long part;
        if (Math.multiplyHigh(tokensPerPeriod, remainder) == 0 && tokensPerPeriod * remainder >= 0) {
            part = tokensPerPeriod * remainder / periodNanos;
        } else {
            part = BigInteger.valueOf(tokensPerPeriod).multiply(BigInteger.valueOf(remainder))
                    .divide(BigInteger.valueOf(periodNanos)).longValueExact();
        }
        return part >= saturated - whole ? saturated : whole + part;
    }

    private static long[] rationalRate(double ratePerSecond) {
        if (!Double.isFinite(ratePerSecond) || ratePerSecond <= 0) {
            throw new IllegalArgumentException("ratePerSecond must be a finite positive number, got " + ratePerSecond);
        }
        BigDecimal rate = BigDecimal.valueOf(ratePerSecond).setScale(RATE_DECIMALS, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        int decimals = Math.max(0, rate.scale());
        BigInteger tokens = rate.movePointRight(decimals).toBigIntegerExact();
        if (tokens.signum() <= 0) {
            throw new IllegalArgumentException(
                    "ratePerSecond must be at least 1e-9 to be representable, got " + ratePerSecond);
        }
        if (tokens.bitLength() > 62) {
            throw new IllegalArgumentException("ratePerSecond is too large to represent exactly, got " + ratePerSecond);
        }
        long period = NANOS_PER_SECOND * BigInteger.TEN.pow(decimals).longValueExact();
        return new long[] {tokens.longValueExact(), period};
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
