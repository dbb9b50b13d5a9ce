package org.distsim.core.facts;

/**
 * Where the scenario's author placed one box with the optional {@code layout:} section, overriding
 * the automatic diagram layout: a column (0 the leftmost) and a row within it (0 the top). Either
 * may be null, leaving that coordinate to the automatic layout.
 *
 * @param column the column, or null for the automatic one
 * @param row    the place within the column, or null for the automatic one
 */
public record Pin(Integer column, Integer row) {

    public Pin {
        if (column != null && column < 0 || row != null && row < 0) {
            throw new IllegalArgumentException("a pinned column or row is never negative: " + column + ", " + row);
        }
    }
}
