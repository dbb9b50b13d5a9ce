/**
 * Figures as a run records them, kept apart as the textbooks keep them (SSJ's {@code Tally} and
 * {@code Accumulate}): {@link org.distsim.core.metrics.Counter}s (how many things happened), {@link
 * org.distsim.core.metrics.TimeWeightedGauge}s (how much, averaged over time: queue length,
 * utilisation) and figures derived at the end (hit ratio). A component gets its {@link
 * org.distsim.core.metrics.NodeMetrics} or {@link org.distsim.core.metrics.WorkloadMetrics} from
 * its actor context; {@link org.distsim.core.metrics.Metrics} holds all of them in spawn order,
 * excludes the warm-up from every summary figure, and builds the time series at each interval
 * boundary (both scheduled by the run layer).
 *
 * <p>Workloads measure latency from the intended send time (no coordinated omission) in
 * HdrHistograms, and keep definite failures and unknown outcomes (timeouts) apart. {@link
 * org.distsim.core.metrics.Consistency} holds the records of acknowledged writes ({@link
 * org.distsim.core.metrics.ConsistencyOracle}) per consistency domain, against which clients
 * measure stale reads: instrumentation only, never something a component decides by.
 *
 * <p>Depends on {@code result} (and {@code figure}); never on the kernel.
 */
package org.distsim.core.metrics;
