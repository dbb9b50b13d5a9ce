package org.distsim.ui.live;

/** How the lesson chart's value axis is drawn, from the kind of the figure it shows. */
public enum LessonScale {
    /** From zero up, fitted to the values: a rate, a level, a duration. */
    LINEAR,
    /** 0 to 100 %, whatever was measured so far: a share of a whole never reads 125 %. */
    PERCENT,
    /**
     * Logarithmic, for a quotient that compares by how many times over (retry amplification 55
     * against 1): on a linear axis the larger flattens the smaller onto the floor.
     */
    RATIO
}
