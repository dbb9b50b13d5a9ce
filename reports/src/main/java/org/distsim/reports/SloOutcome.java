package org.distsim.reports;

/**
 * An objective checked against a run.
 *
 * @param objective  what was required
 * @param actual     the workload's figure, in the objective's unit; null when it is undefined (no
 *                   successful request, no finished request), which breaks the objective
 * @param held       whether the figure met the bound
 */
public record SloOutcome(Objective objective, Double actual, boolean held) {

    /** {@code 23.100 ms}, {@code 99.950%}, {@code 798.1/s}, or {@code -}. */
    public String actualText() {
        if (objective.isUpperBound()) {
            return actual == null ? Decimals.NONE : Decimals.fixed(actual, 3) + " ms";
        }
        if (Objective.AVAILABILITY.equals(objective.figure())) {
            return Decimals.percent(actual, 3);
        }
        return actual == null ? Decimals.NONE : Decimals.fixed(actual, 1) + "/s";
    }
}
