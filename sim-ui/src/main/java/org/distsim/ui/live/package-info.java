/**
 * The live run behind the view, with no JavaFX in it: a {@link org.distsim.ui.live.LiveRun} wraps one
 * simulation, a {@link org.distsim.ui.live.SimDriver} drives it on its own thread, and the two sides
 * meet only through immutable {@link org.distsim.ui.live.Snapshot}s (simulation to view) and
 * {@link org.distsim.ui.live.Command} records (view to simulation).
 *
 * <p>The view must never change the numbers. Watching is read-only (a {@code SimObserver} and the
 * metrics' closed time series, never a call that could register a figure), and a fault injected by
 * hand is scheduled at a time {@code T} chosen so that it runs after every event before {@code T}
 * and before every event at or after it: exactly where a fault at {@code T} in the scenario's
 * {@code faults:} timeline runs. That is why a timeline saved from the view replays headless to
 * the same bytes ({@link org.distsim.ui.live.FaultYaml}).
 *
 * <p>The same property makes rewinding exact. Going back to {@code t} builds a fresh run of the
 * scenario and seed, plans the shown {@link org.distsim.ui.live.Branch branch}'s hand-made faults at
 * their recorded times ({@link org.distsim.ui.live.LiveRun#plan}) and advances it headless to
 * {@code t}: a deterministic run is then in the state the first pass had at {@code t}. A fault made
 * after going back starts a new branch; every branch's whole timeline can be saved and replayed.
 * Replays always start at t = 0: there is no deterministic copy of a running simulation (its event
 * queue holds closures) to checkpoint.
 */
package org.distsim.ui.live;
