package org.distsim.core.kernel;

/**
 * A request, from outside the run, that it stop early: the command line sets it from its shutdown
 * hook when Ctrl-C or SIGTERM arrives, so that the run ends at the next event boundary and its
 * report, covering the simulated time so far, is still written. The only state a run shares with
 * another thread; the run polls it every {@link #POLL_EVENTS} events, so an unrequested stop costs
 * nothing measurable and never changes what a run does.
 */
public final class StopRequest {

    /** How many events a run dispatches between two looks at the request (a power of two). */
    static final int POLL_EVENTS = 1024;

    private volatile boolean requested;

    /** Asks the run to stop at its next look; safe from any thread. */
    public void request() {
        requested = true;
    }

    /** Whether a stop was requested. */
    public boolean requested() {
        return requested;
    }
}
