package org.distsim.models.analytic;

import org.distsim.core.random.Constant;
import org.distsim.core.random.Distribution;
import org.distsim.core.random.Exponential;

/**
 * What the queueing formulas need of a service time: its first two moments and its family.
 * Times are nanoseconds.
 *
 * @param meanNanos          {@code E[S]}
 * @param secondMomentNanos  {@code E[S^2]}, in ns squared; may be infinite
 * @param exponential        the time is exponential (the second M of M/M/c)
 * @param name               the family in the format's words ({@code exponential}, {@code constant},
 *                           {@code a mix of reads and writes})
 */
public record ServiceTime(double meanNanos, double secondMomentNanos, boolean exponential, String name) {

    public ServiceTime {
        if (!(meanNanos >= 0) || !(secondMomentNanos >= 0)) {
            throw new IllegalArgumentException("moments must be >= 0, got " + meanNanos + ", " + secondMomentNanos);
        }
    }

    /** The moments of {@code distribution} (nanoseconds). */
    public static ServiceTime of(Distribution distribution) {
        return new ServiceTime(distribution.mean(), distribution.secondMoment(), distribution instanceof Exponential,
                distribution.name());
    }

    /**
     * A request that is a read with probability {@code reads} and a write otherwise: the mixture's
     * moments are the weighted moments. It is exponential only when both are the same exponential.
     */
    public static ServiceTime mix(double reads, Distribution read, Distribution write) {
        if (reads >= 1 || read.equals(write)) {
            return of(read);
        }
        if (reads <= 0) {
            return of(write);
        }
        return new ServiceTime(reads * read.mean() + (1 - reads) * write.mean(),
                reads * read.secondMoment() + (1 - reads) * write.secondMoment(), false,
                "a mix of " + read.name() + " reads and " + write.name() + " writes");
    }

    /** True for a constant time: no variance. */
    public boolean constant() {
        return secondMomentNanos <= meanNanos * meanNanos;
    }

    /** Constant service times of {@code nanos}. */
    public static ServiceTime constant(double nanos) {
        return of(new Constant(nanos));
    }
}
