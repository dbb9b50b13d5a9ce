package org.distsim.models.service;

/** What a service does with the deadlines its requests carry ({@code deadlines:}). */
public enum DeadlineMode {
    /** Ignores them, and tells its dependencies none: the behaviour of a service without deadline support. */
    IGNORE,
    /**
     * Acts as {@link #IGNORE} but measures the work it does for requests whose caller had already given up
     * (the {@code wasted} figures), so a design without propagation shows what it costs.
     */
    OBSERVE,
    /**
     * Drops queued requests whose deadline has passed ({@code expired}), passes the remaining budget
     * (less {@code deadline-margin}) on to its calls, honours cancels from its callers and cancels its own
     * calls when it gives up on them; it measures waste as {@link #OBSERVE} does.
     */
    ENFORCE
}
