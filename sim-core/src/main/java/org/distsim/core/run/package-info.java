/**
 * What a run means on top of the kernel's events: {@link org.distsim.core.run.SimulationRun} takes
 * a wired {@link org.distsim.core.kernel.Simulation} from t = 0 to its checked {@link
 * org.distsim.core.result.RunResult}. It schedules the end of the warm-up (summary figures count
 * what happens after it) and the boundaries of the time-series intervals, drives the kernel (in one
 * go, or piece by piece for the live view, with the same events in the same order either way), and
 * at the end closes the metrics, lets every actor record its closing figures, assembles the result
 * and enforces the end-of-run invariants ({@code org.distsim.core.check}).
 *
 * <p>The scenario runner (in sim-models) wires a simulation from a scenario and hands it to this
 * layer; the live view drives the same object. Depends on {@code kernel}, {@code metrics},
 * {@code check} and {@code result}.
 */
package org.distsim.core.run;
