/**
 * A run's result as plain, immutable data: what the reports, the live view and {@code compare}
 * render. Every figure value carries its declaration ({@link org.distsim.core.figure.Figure}), so
 * a renderer reads kind, unit and role from it; the built-in figures of every workload are
 * declared in {@link org.distsim.core.result.WorkloadFigures}. {@link
 * org.distsim.core.result.FigureChecks} holds the invariants every result must satisfy.
 */
package org.distsim.core.result;
