package org.distsim.ui.live;

import java.util.Objects;
import org.distsim.core.figure.FigureSpec;

/**
 * One figure of a node or workload over the last closed interval, as the view shows it: a gauge's
 * mean over the interval, a counter's increase in it, a ratio over it.
 *
 * @param spec       the figure's declaration: its label, kind, unit and role
 * @param qualifier  the peer of a family instance ({@code db} of {@code calls.db}), or null
 * @param value      the value, or null where it is undefined (a percentile of nothing)
 */
public record Reading(FigureSpec spec, String qualifier, Double value) {

    public Reading {
        Objects.requireNonNull(spec, "spec");
        spec.columnKey(qualifier); // checks the qualifier
    }

    /** The figure's key within its component: {@code utilisation}, {@code calls.db}. */
    public String key() {
        return spec.columnKey(qualifier);
    }
}
