package org.distsim.core.kernel;

/**
 * A failure inside a run, located the way a person debugging it needs: simulated time, event
 * number, the actor that was handling the event and, outside {@code onMessage}, which lifecycle
 * call of it ({@code onStart}, {@code onCrash}, {@code onRestart}, {@code onFinish}).
 */
public final class SimulationException extends RuntimeException {

    private final long atNanos;
    private final long event;
    private final String actor;
    private final String phase;

    public SimulationException(long atNanos, long event, String actor, Throwable cause) {
        this(atNanos, event, actor, null, cause);
    }

    /**
     * @param phase  the lifecycle call that failed ({@code onCrash}), or null for {@code onMessage}
     *               and system actions
     */
    public SimulationException(long atNanos, long event, String actor, String phase, Throwable cause) {
        super("at t=" + atNanos + " ns, event #" + event + ", actor " + actor + (phase == null ? "" : " in " + phase)
                + ": " + cause, cause);
        this.atNanos = atNanos;
        this.event = event;
        this.actor = actor;
        this.phase = phase;
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

    /** The lifecycle call that failed, or null for {@code onMessage} and system actions. */
    public String phase() {
        return phase;
    }
}
