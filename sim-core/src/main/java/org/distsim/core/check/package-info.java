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
 *   <li>{@link org.distsim.core.check.CountsNonNegative}: no count or counter below zero;</li>
 *   <li>{@link org.distsim.core.check.InFlightNonNegative}: no in-flight count below zero, which
 *       the identities alone can miss.</li>
 * </ul>
 * {@link org.distsim.core.check.Invariants#standard()} lists them; a new invariant is a class here
 * and one line there. Checks read only the {@link org.distsim.core.result.RunResult}, so they
 * depend on {@code result} alone, and a test can check any result by hand.
 */
package org.distsim.core.check;
