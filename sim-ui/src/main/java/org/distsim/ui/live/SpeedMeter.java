package org.distsim.ui.live;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The speed a run actually achieves: simulated time gained per wall time over the last
 * {@link #WINDOW_NANOS} of play. The speed asked for is only an upper bound; a heavy scenario on a
 * slow machine falls behind it, and the view must say so rather than show the speed asked for.
 *
 * <p>Owned by the simulation thread. Samples are taken only while playing; a pause or a restart
 * {@link #reset() resets} the meter, so time spent paused never counts as slowness.
 */
final class SpeedMeter {

    /** Long enough to smooth the pacing's ticks, short enough to follow a change of speed within a second. */
    static final long WINDOW_NANOS = 1_000_000_000L;
    /** Less wall time than this gives no reading: the first frames after play would be noise. */
    private static final long MIN_SPAN_NANOS = 200_000_000L;

    private record Sample(long wallNanos, long simNanos) {
    }

    private final Deque<Sample> samples = new ArrayDeque<>();

    /** Records where the simulated clock stood at a wall time; wall times must not go back. */
    void sample(long wallNanos, long simNanos) {
        samples.addLast(new Sample(wallNanos, simNanos));
        while (samples.size() > 2 && wallNanos - samples.peekFirst().wallNanos() > WINDOW_NANOS) {
            samples.removeFirst();
        }
    }

    /** Forgets every sample: the next reading starts from the next play. */
    void reset() {
        samples.clear();
    }

    /** Simulated seconds per wall second over the window, or null while there is too little to tell. */
    Double achieved() {
        if (samples.size() < 2) {
            return null;
        }
        Sample first = samples.peekFirst();
        Sample last = samples.peekLast();
        long wall = last.wallNanos() - first.wallNanos();
        if (wall < MIN_SPAN_NANOS) {
            return null;
        }
        return (double) (last.simNanos() - first.simNanos()) / wall;
    }
}
