package org.distsim.core.kernel;

/**
 * How much longer than nominal a piece of work takes on each node: the hook through which the
 * layers above the kernel slow a node down (the fault injector's slow-node faults) without any
 * component multiplying by hand. Components ask {@link ActorContext#workNanos}; the kernel asks the
 * installed scale and knows nothing of why a node is slow.
 */
@FunctionalInterface
public interface WorkScale {

    /** Every node at normal speed: the kernel's default. */
    WorkScale NONE = actor -> 1.0;

    /** The factor work on {@code actor} is multiplied by now: 1 is normal, 3 is three times slower. */
    double factor(ActorRef actor);
}
