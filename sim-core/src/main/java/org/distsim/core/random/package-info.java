/**
 * Random numbers that make runs reproducible. {@link org.distsim.core.random.RandomStreams} derives
 * one independent stream per (actor, purpose) from the master seed and the replication index by a
 * fully specified hash, never from creation order: adding an actor leaves every other actor's draws
 * unchanged, and a change to one purpose (service times) leaves the others (arrivals) alone, which
 * is what makes common random numbers work across the points of a sweep (SSJ's {@code genArr} /
 * {@code genServ}).
 *
 * <p>{@link org.distsim.core.random.Distribution} is the sealed set of duration distributions a
 * scenario can name (constant, exponential, uniform, normal and log-normal, Pareto, Weibull,
 * empirical), each a record that validates its parameters, knows its mean, and makes a sampler over
 * a stream (Apache Commons RNG samplers). Durations cannot be negative, so the normal is truncated
 * at zero by redrawing. Depends on nothing else of the engine.
 */
package org.distsim.core.random;
