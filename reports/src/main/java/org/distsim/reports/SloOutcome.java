package org.distsim.reports;

import org.distsim.core.facts.Objective;
import org.distsim.core.facts.ObjectiveFigure;

/**
 * An objective checked against a run.
 *
 * @param objective  what was required
 * @param actual     the workload's figure, in the objective's unit; null when it is undefined (no
 *                   successful request, no finished request), which breaks the objective
 * @param held       whether the figure met the bound
 */
public record SloOutcome(Objective objective, Double actual, boolean held) {

    /** What was required, as {@link SloCheck#describe} writes it. */
    public String bound() {
        return SloCheck.describe(objective);
    }

    /** {@code 23.100 ms}, {@code 99.950%}, {@code 798.1/s}, or {@code -}. */
    public String actualText() {
        if (objective.isUpperBound()) {
            return actual == null ? Decimals.NONE : Decimals.fixed(actual, 3) + " ms";
        }
        if (objective.figure() == ObjectiveFigure.AVAILABILITY) {
            return Decimals.percent(actual, 3);
        }
        return actual == null ? Decimals.NONE : Decimals.fixed(actual, 1) + "/s";
    }
}
