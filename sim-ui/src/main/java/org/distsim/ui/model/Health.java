package org.distsim.ui.model;

/** A component's state at a glance, the colour of its box. */
public enum Health {
    /** Running normally. */
    UP,
    /** Running, but slowed by hand or by a fault, saturated, or refusing work. */
    DEGRADED,
    /** Crashed. */
    DOWN
}
