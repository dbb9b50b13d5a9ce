package org.distsim.models.format;

import java.util.Objects;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.random.Distribution;

/**
 * The size of each message of some kind, in bytes: a distribution written like a duration's, with
 * sizes where the durations would be ({@code 1MB}, {@code {dist: exponential, mean: 200kB}}). Each
 * draw is rounded to whole bytes.
 *
 * @param bytes the distribution of sizes, in bytes
 */
public record SizeDistribution(Distribution bytes) {

    /**
     * The most one message weighs: 1 TB. A larger size is refused where it is written, and a draw
     * of a distribution above it (a heavy tail, an absurd mean) is cut to it, so that byte counts
     * summed over a run stay far from overflowing.
     */
    public static final long MAX_BYTES = 1_000_000_000_000L;

    public SizeDistribution {
        Objects.requireNonNull(bytes, "bytes");
    }

    /** One size drawn from {@code sizes} in whole bytes, from 0 to {@link #MAX_BYTES}; 0 without a sampler. */
    public static long draw(ContinuousSampler sizes) {
        if (sizes == null) {
            return 0;
        }
        double drawn = Math.rint(sizes.sample());
        return drawn >= MAX_BYTES ? MAX_BYTES : Math.max(0, (long) drawn);
    }
}
