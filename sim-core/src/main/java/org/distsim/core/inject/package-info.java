/**
 * Faults applied to a running simulation. {@link org.distsim.core.inject.FaultInjector} turns each
 * {@link org.distsim.core.fault.Fault} into what it does, through the exhaustive fault visitor: a
 * crash or restart of an actor (the kernel's), a partition or link degradation (the network's), a
 * slow-down ({@link org.distsim.core.inject.NodeSpeeds}, the simulation's work scale, so that it
 * lengthens every piece of work a component times and nothing else), or a load spike (a {@link
 * org.distsim.core.inject.LoadFactor} system message to the workload, counted as sent like every
 * message, which the workload applies in its own handler). A timeline is scheduled before the run;
 * the live view applies faults one at a time. Every applied fault is reported to the observers.
 *
 * <p>Sits above {@code kernel} and {@code net}, and depends on {@code fault}.
 */
package org.distsim.core.inject;
