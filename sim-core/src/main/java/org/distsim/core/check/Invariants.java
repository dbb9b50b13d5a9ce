package org.distsim.core.check;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.result.RunResult;

/**
 * The invariants checked at the end of every run. The run layer calls {@link #enforce} on each
 * result before anyone sees it, so a broken identity or an impossible figure stops the command
 * (exit 3, with the invariant, the scenario and the seed) instead of reaching a report.
 *
 * <p>To add an invariant: write a {@link RunCheck} of its own in this package and add one line
 * to {@link #standard()}. Tests may check a result against any list with {@link #of}.
 */
public final class Invariants {

    private final List<RunCheck> checks;

    private Invariants(List<RunCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** Every invariant a run result must satisfy, in the order they are reported. */
    public static Invariants standard() {
        return of(List.of(
                new MessageConservation(),
                new RequestConservation(),
                new CountsNonNegative(),
                new InFlightNonNegative(),
                new FiguresInRange(),
                new GaugeMeanWithinMax(),
                new LatencyOrdered()));
    }

    /** Exactly the given checks. */
    public static Invariants of(List<RunCheck> checks) {
        return new Invariants(checks);
    }

    /** These checks and {@code more}. */
    public Invariants with(RunCheck more) {
        List<RunCheck> all = new ArrayList<>(checks);
        all.add(more);
        return new Invariants(all);
    }

    public List<RunCheck> checks() {
        return checks;
    }

    /** Every broken invariant of the result, in the order of the checks; empty when all hold. */
    public List<Violation> violations(RunResult result) {
        List<Violation> broken = new ArrayList<>();
        for (RunCheck check : checks) {
            for (String detail : check.violations(result)) {
                broken.add(new Violation(check.invariant(), detail));
            }
        }
        return broken;
    }

    /**
     * Returns the result when every invariant holds.
     *
     * @throws InvariantViolation naming every broken invariant, the scenario and the seed
     */
    public RunResult enforce(RunResult result) {
        List<Violation> broken = violations(result);
        if (!broken.isEmpty()) {
            throw new InvariantViolation(result.scenario(), result.seed(), result.replication(), broken);
        }
        return result;
    }
}
