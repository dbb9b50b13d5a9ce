package org.distsim.core.kernel;

/**
 * A failure inside a run, located the way a person debugging it needs: simulated time, event
 * number and the actor that was handling the event.
 */
public final class SimulationException extends RuntimeException {

    private final long atNanos;
    private final long event;
    private final String actor;

    public SimulationException(long atNanos, long event, String actor, Throwable cause) {
        super("at t=" + atNanos + " ns, event #" + event + ", actor " + actor + ": " + cause, cause);
        this.atNanos = atNanos;
        this.event = event;
        this.actor = actor;
    }

    public long atNanos() {
        return atNanos;
    }

    public long event() {
        return event;
    }

    public String actor() {
        return actor;
    }
}
