/**
 * Invariants checked at the end of every run, cheap and always on. A broken one is a bug in
 * distsim, never a property of the modelled system: the run ends with an {@link
 * org.distsim.core.check.InvariantViolation} that names the invariant, the scenario and the seed,
 * and the command line exits with 3 and the line that reproduces the run.
 *
 * <p>Each invariant is a small {@link org.distsim.core.check.RunCheck} of its own:
 * <ul>
 *   <li>{@link org.distsim.core.check.MessageConservation}: {@code sent = delivered + dropped + in
 *       flight}, with each count measured separately by the kernel, and drops by reason adding up;</li>
 *   <li>{@link org.distsim.core.check.RequestConservation}: per workload, {@code requests = ok +
 *       failed + unknown + in flight}, and failures by reason adding up;</li>
 *   <li>{@link org.distsim.core.check.CountsNonNegative}: no network or request count below zero;</li>
 *   <li>{@link org.distsim.core.check.InFlightNonNegative}: no in-flight count below zero, which
 *       the identities alone can miss;</li>
 *   <li>{@link org.distsim.core.check.FiguresInRange}: every figure within its declared unit's
 *       range (utilisation, ratios and availability in [0, 1], counts, rates and durations at least
 *       zero), in the summary and in every interval, and no duration longer than the run;</li>
 *   <li>{@link org.distsim.core.check.GaugeMeanWithinMax}: a level's time-weighted mean at most
 *       its maximum ({@code queue_mean <= queue_max});</li>
 *   <li>{@link org.distsim.core.check.LatencyOrdered}: latency percentiles ordered, in the summary
 *       and in every interval.</li>
 * </ul>
 * {@link org.distsim.core.check.Invariants#standard()} lists them; a new invariant is a class here
 * and one line there. Checks read only the {@link org.distsim.core.result.RunResult}, so they
 * depend on {@code result} and the figure declarations ({@code figure}) alone, and a test can check any result by hand.
 */
package org.distsim.core.check;
