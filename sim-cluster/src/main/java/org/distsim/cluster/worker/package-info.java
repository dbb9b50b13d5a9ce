/**
 * {@code distsim worker}'s side of a cluster: a Hazelcast member that runs the runs it is sent.
 *
 * <p>{@link org.distsim.cluster.worker.Worker} starts an embedded member that listens on one
 * address, finds the others by TCP/IP at the addresses given (no multicast, no auto-detection, no
 * phone-home) and announces its {@code BuildIdentity} and its number of run slots as member
 * attributes. Each task arrives as sealed bytes; {@code WorkerTasks} checks the seal, refuses a
 * coordinator of another build, loads the scenario from the task's own copy of the files and runs
 * it on the executor thread, one run per slot, and seals the outcome.
 *
 * <p>A worker holds nothing the cluster needs: stopping or killing it loses only the runs under
 * way, which the coordinator sends to other members.
 */
package org.distsim.cluster.worker;
