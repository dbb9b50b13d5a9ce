/**
 * Typed figures: what a number in a run result is. A component declares each figure it records
 * once, as a {@link org.distsim.core.figure.FigureSpec} (name, {@link org.distsim.core.figure.FigureKind
 * kind}, {@link org.distsim.core.figure.Unit unit}, {@link org.distsim.core.figure.Role role},
 * headline or not, label, one sentence of documentation); the metrics record against the
 * declaration and every result value is a {@link org.distsim.core.figure.Figure} that points back
 * at it. Everything downstream (JSON, CSV, text and HTML reports, the live view, {@code compare},
 * the end-of-run invariants) reads kind, unit and role from the declaration, never from the name.
 *
 * <p>A {@link org.distsim.core.figure.Window} says when what a figure counts belongs to a window
 * (the warm-up cut, an interval of the time series): when it happens, or, for a per-request figure,
 * when its request was due. {@link org.distsim.core.figure.FigureValues} holds the figures of one
 * node or workload in a result.
 *
 * <p>This package depends on nothing else of the engine.
 */
package org.distsim.core.figure;
