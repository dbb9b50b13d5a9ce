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
 *       takes one interval at a time. Per request it also records whether and how long each one
 *       waited for a worker ({@link org.distsim.models.station.Waits}): {@code waited} (a count),
 *       {@code waited_ratio} (the share of started requests that queued first, Erlang C under
 *       M/M/c) and {@code wait_mean_ms}, {@code wait_p50_ms}, {@code wait_p95_ms},
 *       {@code wait_p99_ms} (zero waits included, so the mean is W_q), next to the time
 *       averages, as SSJ keeps a tally apart from an accumulate.</li>
 *   <li>{@link org.distsim.models.station.WorkerPool}: a node that is one station of requests
 *       (database, timeline, replicated-database members).</li>
 * </ul>
 */
package org.distsim.models.station;
