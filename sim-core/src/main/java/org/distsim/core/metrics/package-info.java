/**
 * Recording figures during a run. A component records each figure it declared (a
 * {@link org.distsim.core.figure.FigureSpec}) with the recorder its kind calls for, and the
 * recorder checks that it fits: {@link org.distsim.core.metrics.Counter} for what happens,
 * {@link org.distsim.core.metrics.RequestCounter} for what is about requests (counted by the
 * request's due time), {@link org.distsim.core.metrics.TimeWeightedGauge} for levels held over
 * time, quotients of counters, and figures computed at the end. Counting and time-weighted
 * statistics are kept apart, as SSJ keeps its {@code Tally} and {@code Accumulate}.
 *
 * <p>{@link org.distsim.core.metrics.WorkloadMetrics} records the outcome and latency of every
 * request of a workload, from its due time (no coordinated omission).
 * {@link org.distsim.core.metrics.Metrics} holds the recorders of one run, by actor index, and
 * assembles the summary and the time series; it knows actors only by index, name and type.
 *
 * <p>Depends on {@code figure} and {@code result} only.
 */
package org.distsim.core.metrics;
