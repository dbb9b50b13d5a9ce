package org.distsim.models.format;

import java.util.Objects;
import org.distsim.core.random.Distribution;

/**
 * The size of each message of some kind, in bytes: a distribution written like a duration's, with
 * sizes where the durations would be ({@code 1MB}, {@code {dist: exponential, mean: 200kB}}). Each
 * draw is rounded to whole bytes.
 *
 * @param bytes the distribution of sizes, in bytes
 */
public record SizeDistribution(Distribution bytes) {

    public SizeDistribution {
        Objects.requireNonNull(bytes, "bytes");
    }
}
