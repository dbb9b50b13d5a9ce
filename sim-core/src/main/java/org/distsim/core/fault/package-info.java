/**
 * The one vocabulary of faults: {@link org.distsim.core.fault.Fault}, a sealed set of records
 * (crash, restart, partition, heal, slow node, degrade and restore link, load spike), each with its
 * one short label ({@code describe()}), and {@link org.distsim.core.fault.FaultVisitor}, the
 * exhaustive switch over them. Everything that treats faults kind by kind (the injector, {@code
 * explain}, the live view's recording, the YAML they are written back as) implements the visitor,
 * so a new kind of fault is a compile error everywhere it is not handled yet; {@code Fault}'s own
 * documentation lists those places. A {@link org.distsim.core.fault.ScheduledFault} pairs a fault
 * with its time on a timeline.
 *
 * <p>Plain immutable data that names nodes as the scenario does; it depends on nothing else of the
 * engine. Applying a fault is {@code org.distsim.core.inject}'s job.
 */
package org.distsim.core.fault;
