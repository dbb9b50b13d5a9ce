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

    /**
     * The measured figure beside its bound ({@code 23.1 ms}, {@code 99.95%}, {@code 798/s}, or
     * {@code -}), as precise as {@link Decimals#against} makes it: the report's three significant
     * digits, and more where fewer would hide which side of the
     * bound it lies on.
     */
    public String actualText() {
        if (actual == null) {
            return Decimals.NONE;
        }
        if (objective.isUpperBound()) {
            return Decimals.against(actual, objective.limit(), 0) + " ms";
        }
        if (objective.figure() == ObjectiveFigure.AVAILABILITY) {
            return Decimals.against(actual, objective.limit(), 2) + "%";
        }
        return Decimals.against(actual, objective.limit(), 0) + "/s";
    }
}
