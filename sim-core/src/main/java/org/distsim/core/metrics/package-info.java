/**
 * Figures as a run records them, kept apart as the textbooks keep them (SSJ's {@code Tally} and
 * {@code Accumulate}). A component records each figure it declared (a {@link
 * org.distsim.core.figure.FigureSpec}) with the recorder its kind calls for, and the recorder checks
 * that it fits: {@link org.distsim.core.metrics.Counter}s for what happens, {@link
 * org.distsim.core.metrics.RequestCounter}s for what is about requests (counted by the request's due
 * time), {@link org.distsim.core.metrics.TimeWeightedGauge}s for levels held over time (queue
 * length, utilisation), quotients of counters (hit ratio) and figures computed at the end. A
 * component gets its {@link org.distsim.core.metrics.NodeMetrics} or {@link
 * org.distsim.core.metrics.WorkloadMetrics} from its actor context; {@link
 * org.distsim.core.metrics.Metrics} holds all of them in spawn order, excludes the warm-up from
 * every summary figure, and builds the time series at each interval boundary (both scheduled by the
 * run layer). It knows actors only by index, name and type.
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
