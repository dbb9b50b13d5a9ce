package org.distsim.core.net;

import java.util.Objects;
import org.distsim.core.random.Distribution;

/**
 * The latency of the messages between two places, in both directions or, when {@code oneWay},
 * from {@code a} to {@code b} only. A rule that names actors is more specific than one that names
 * a zone, and the most specific rule that matches a message decides its latency.
 *
 * @param key      a short name unique in its table, which names the random stream of the rule's
 *                 draws ({@code net-latency:<key>}), so that adding a rule never shifts the draws
 *                 of another
 * @param a        the first end
 * @param b        the second end (the same zone as {@code a} for the latency within a zone)
 * @param latency  the one-way delay of each message, in nanoseconds
 * @param oneWay   whether only messages from {@code a} to {@code b} follow the rule
 * @param bytesPerSecond  the bandwidth of each direction, in bytes per second; {@link #UNLIMITED}
 *                 for none, when a message takes no time to put on the wire whatever its size
 */
public record LinkRule(String key, Place a, Place b, Distribution latency, boolean oneWay, double bytesPerSecond) {

    /** No bandwidth limit. */
    public static final double UNLIMITED = 0;

    /** A rule without a bandwidth limit. */
    public LinkRule(String key, Place a, Place b, Distribution latency, boolean oneWay) {
        this(key, a, b, latency, oneWay, UNLIMITED);
    }

    public LinkRule {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(latency, "latency");
        if (!(bytesPerSecond >= 0) || Double.isInfinite(bytesPerSecond)) {
            throw new IllegalArgumentException("a bandwidth must be a finite number of bytes per second >= 0, got "
                    + bytesPerSecond);
        }
    }

    /** Whether the rule limits bandwidth. */
    public boolean limited() {
        return bytesPerSecond > 0;
    }

    /**
     * Whether a message it {@link #matches} goes from {@code a} to {@code b} (rather than back): the
     * direction whose pipe it takes. Within one zone both hold and the message counts as forward.
     */
    boolean forward(String from, String fromZone, String to, String toZone) {
        return a.holds(from, fromZone) && b.holds(to, toZone);
    }

    /** The name of one direction of the rule, as its figures appear among a run's nodes. */
    public String directionName(boolean forward) {
        String first = a.written();
        String second = b.written();
        return "link " + (forward ? first + ">" + second : second + ">" + first);
    }

    /** How many of the two ends name actors rather than a zone: 0, 1 or 2; higher wins. */
    int specificity() {
        return (a.isZone() ? 0 : 1) + (b.isZone() ? 0 : 1);
    }

    boolean matches(String from, String fromZone, String to, String toZone) {
        return a.holds(from, fromZone) && b.holds(to, toZone)
                || !oneWay && a.holds(to, toZone) && b.holds(from, fromZone);
    }
}
