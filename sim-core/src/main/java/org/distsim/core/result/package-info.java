/**
 * What one run produced, as plain immutable data: {@link org.distsim.core.result.RunResult} with
 * per-workload ({@link org.distsim.core.result.WorkloadResult}) and per-node ({@link
 * org.distsim.core.result.NodeResult}) figures, the network's message counts ({@link
 * org.distsim.core.result.NetworkResult}, drops by {@link org.distsim.core.result.DropReason}), the
 * time series and why the run stopped ({@link org.distsim.core.result.StopReason}), together with
 * the run's facts (topology, markers, objectives). Everything downstream (the console, JSON, CSV
 * and HTML reports, the live view, {@code compare}, replication summaries) renders this and never
 * reaches back into the engine.
 *
 * <p>Every figure value carries its declaration ({@link org.distsim.core.figure.Figure}), so a
 * renderer reads kind, unit and role from it and never from the figure's name; the built-in figures
 * of every workload are declared in {@link org.distsim.core.result.WorkloadFigures}, and every time
 * series column carries its declaration too.
 *
 * <p>Maps keep declaration order so that every rendering is deterministic. Depends only on {@code
 * facts} and {@code figure}, and on HdrHistogram for the mergeable latency histograms.
 */
package org.distsim.core.result;
