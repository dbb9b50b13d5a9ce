package org.distsim.core.fault;

/** A fault and the simulated time at which it happens. */
public record ScheduledFault(long atNanos, Fault fault) {

    public ScheduledFault {
        if (atNanos < 0) {
            throw new IllegalArgumentException("a fault cannot happen before t = 0, got " + atNanos + " ns");
        }
    }
}
