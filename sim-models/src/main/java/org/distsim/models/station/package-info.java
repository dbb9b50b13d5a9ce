/**
 * A queueing station as components use it: {@code c} workers in front of one FIFO queue with an
 * optional capacity (the M/G/c/K station of Kleinrock, <i>Queueing Systems</i> vol. 1, 1975).
 * Components decide what a request costs and what serving it does; the station decides when it
 * starts.
 *
 * <ul>
 *   <li>{@link org.distsim.models.station.Station}: the rules. A job that finds a free worker starts
 *       at once, otherwise it waits in arrival order; a job that finds {@code queue-capacity} jobs
 *       waiting is refused (the owner answers "rejected"; a capacity of 0 is the Erlang loss system
 *       M/G/c/c). A queue without a capacity is bounded anyway by a hard cap, a model limit that
 *       ends an overloaded run with a message naming the node instead of exhausting the heap. A
 *       crash loses the waiting and the running jobs.</li>
 *   <li>{@link org.distsim.models.station.Occupancy}: the node's figures over its stations, one or
 *       several (the replicas of a service): {@code utilisation} (busy workers over the workers in
 *       service) and {@code queue} (waiting jobs), both time-weighted as L = (1/T) ∫ L(t) dt, and
 *       the same levels as {@link org.distsim.models.station.TimeIntegral}s that a load scrape
 *       takes one interval at a time.</li>
 *   <li>{@link org.distsim.models.station.WorkerPool}: a node that is one station of requests
 *       (database, timeline, replicated-database members).</li>
 * </ul>
 */
package org.distsim.models.station;
