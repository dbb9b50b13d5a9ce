/**
 * Random failures of nodes ({@code failures:} beside a node's {@code type:}): each node with one
 * runs an alternating renewal process, up for a drawn time, down for a drawn time, with
 * exponential times of mean MTTF and MTTR unless other distributions are given. Its long-run
 * availability is MTTF / (MTTF + MTTR) whatever the distributions (Ross, <i>Stochastic
 * Processes</i>, 2nd ed., 1996, §3.4, alternating renewal processes; Trivedi, <i>Probability and
 * Statistics with Reliability, Queuing, and Computer Science Applications</i>, 2nd ed., 2002,
 * ch. 8). On a group node each member fails on its own, so a quorum's unavailability can be set
 * beside the binomial formula.
 *
 * <p>Why not an actor: a failure process is not part of the node (a crash would kill its timers,
 * and it must outlive them to bring the node back), and it sends no messages. It is a pair of
 * system events at a time, like the {@code faults:} timeline, applied through the same fault
 * injector, drawing from the node's own stream {@code failures}.
 */
package org.distsim.models.failure;
