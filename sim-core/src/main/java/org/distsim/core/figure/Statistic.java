package org.distsim.core.figure;

/**
 * Which value of a figure a result entry holds. Most figures have one value; a {@link FigureKind#GAUGE}
 * has two, its time-weighted mean and its maximum, written {@code <name>_mean} and {@code <name>_max}.
 */
public enum Statistic {
    /** The figure's single value. */
    VALUE(""),
    /** A gauge's time-weighted mean after the warm-up. */
    MEAN("_mean"),
    /** The largest value a gauge held after the warm-up. */
    MAX("_max");

    private final String suffix;

    Statistic(String suffix) {
        this.suffix = suffix;
    }

    /** What the statistic appends to the figure's name in a result key ({@code _mean}), or nothing. */
    public String suffix() {
        return suffix;
    }
}
