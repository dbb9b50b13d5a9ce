package org.distsim.bench;

/**
 * One benchmark: something that builds a fresh model (untimed) and then runs it (timed), reporting
 * how many units of work the run did. The driver divides units by wall seconds.
 */
interface Benchmark {

    /** What the rate counts, per wall second: {@code events/s} or {@code requests/s}. */
    String unit();

    /** Builds a fresh model for one iteration; nothing here is timed. */
    Run prepare(long seed);

    /** One prepared iteration. */
    interface Run {

        /** Runs the iteration (timed) and returns the units of work done. */
        long run();

        /** A short free-text remark printed once, from the last iteration (may be empty). */
        default String note() {
            return "";
        }
    }
}
