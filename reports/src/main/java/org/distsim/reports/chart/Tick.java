package org.distsim.reports.chart;

import java.util.Objects;

/**
 * One tick of an axis: where it is, in data units, and what it says.
 *
 * @param value  the tick's position in data units
 * @param label  its text, already formatted (the same characters on every JDK and in every locale)
 */
public record Tick(double value, String label) {

    public Tick {
        Objects.requireNonNull(label, "label");
    }
}
