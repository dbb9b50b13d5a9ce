package org.distsim.core.facts;

import java.util.List;
import java.util.Objects;
import org.distsim.core.figure.FigureSpec;

/**
 * One link of the scenario's network ({@code network: links:}): a cable between two places, with
 * its latency and, when it has one, its bandwidth. A link with a bandwidth is a FIFO server in each
 * direction it carries, and each such direction records its own figures under its own name among a
 * run's nodes (sent bytes, utilisation, transfer wait); a link without one delays messages and
 * records nothing. Drawn by the live view and the HTML report between the boxes of its two ends.
 *
 * @param a                  the first end, as written first in {@code between:}
 * @param b                  the second end
 * @param latencyMeanNanos   the mean one-way delay of a message, in nanoseconds; {@link #NO_MEAN}
 *                           when the latency's distribution has none (a heavy tail)
 * @param bytesPerSecond     the bandwidth of each direction in bytes per second; 0 when unlimited
 * @param directions         the directions that record figures, forward (a to b) first; empty for
 *                           a link without a bandwidth, one for a one-way link
 */
public record NetworkLink(End a, End b, long latencyMeanNanos, double bytesPerSecond, List<Direction> directions) {

    /**
     * One end of a link: every component of a zone, or components named one by one.
     *
     * @param zone    the zone meant, or null when the end names components
     * @param actors  the components meant, by name; empty when the end is a zone
     */
    public record End(String zone, List<String> actors) {

        public End {
            actors = List.copyOf(actors);
            if ((zone == null) == actors.isEmpty()) {
                throw new IllegalArgumentException("a link's end is a zone or a list of components, not both");
            }
        }

        /** Whether the component is at this end: in its zone, or named by it. */
        public boolean holds(Component component) {
            return zone != null ? zone.equals(component.zone()) : actors.contains(component.name());
        }

        /** How the end is written in the scenario: {@code zone:eu-west}, or its first component. */
        public String written() {
            return zone != null ? "zone:" + zone : actors.get(0);
        }
    }

    /**
     * One direction of a link with a bandwidth.
     *
     * @param name     the name its figures are recorded under among a run's nodes
     *                 ({@code link zone:eu>zone:us})
     * @param forward  whether it carries messages from {@code a} to {@code b}
     * @param figures  the figures it records, in declaration order
     */
    public record Direction(String name, boolean forward, List<FigureSpec> figures) {

        public Direction {
            Objects.requireNonNull(name, "name");
            figures = List.copyOf(figures);
        }

        /** The declared figure of the given name, or null. */
        public FigureSpec figure(String figureName) {
            for (FigureSpec spec : figures) {
                if (spec.name().equals(figureName)) {
                    return spec;
                }
            }
            return null;
        }
    }

    /** The latency of a link whose distribution has no finite mean. */
    public static final long NO_MEAN = -1;

    public NetworkLink {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        directions = List.copyOf(directions);
        if (latencyMeanNanos < 0 && latencyMeanNanos != NO_MEAN) {
            throw new IllegalArgumentException("a link's latency cannot be negative: " + latencyMeanNanos + " ns");
        }
        if (!(bytesPerSecond >= 0) || Double.isInfinite(bytesPerSecond)) {
            throw new IllegalArgumentException("a bandwidth must be a finite number of bytes per second >= 0, got "
                    + bytesPerSecond);
        }
        if ((bytesPerSecond > 0) == directions.isEmpty()) {
            throw new IllegalArgumentException("a link records figures in its directions exactly when it has a bandwidth");
        }
    }

    /** Whether the link has a bandwidth, so that its directions queue and record figures. */
    public boolean limited() {
        return bytesPerSecond > 0;
    }

    /** The link's name as the scenario writes it: {@code zone:eu-west - zone:us-east}. */
    public String name() {
        return a.written() + " - " + b.written();
    }

    /** The direction that carries messages from {@code a} to {@code b} when {@code forward}, else back; null when it records none. */
    public Direction direction(boolean forward) {
        for (Direction direction : directions) {
            if (direction.forward() == forward) {
                return direction;
            }
        }
        return null;
    }
}
