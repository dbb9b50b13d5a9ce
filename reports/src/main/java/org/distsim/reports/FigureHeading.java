package org.distsim.reports;

import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Unit;

/**
 * The heading of a table column that shows one figure: its human label with its unit, as a reader
 * of a design review expects ({@code p99 latency (ms)}, {@code availability (%)}), never the raw
 * JSON key. A fraction is headed as a percentage, since tables print it as one.
 */
public final class FigureHeading {

    private FigureHeading() {
    }

    /** {@code label (unit)}, or the label alone for a figure without a unit. */
    public static String of(FigureSpec spec, String label) {
        String unit = spec.unit() == Unit.FRACTION ? "%" : spec.unit().symbol();
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }

    /** The figure's own label with its unit. */
    public static String of(FigureSpec spec) {
        return of(spec, spec.label());
    }
}
