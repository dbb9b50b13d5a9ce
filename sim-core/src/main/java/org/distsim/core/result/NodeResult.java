package org.distsim.core.result;

import java.util.List;
import java.util.Objects;
import org.distsim.core.figure.FigureValues;

/**
 * The figures one node recorded, in the order the component registered them, each with its
 * declaration: counts as {@code Long} totals after the warm-up; time-weighted gauges as their mean
 * and max ({@code <name>_mean}, {@code <name>_max}); the others as {@code Double}. Renderers read
 * kind, unit and role from each figure's declaration and never need to know the component.
 *
 * @param type     the component type ({@code service}; a member's own type, {@code database-replica})
 * @param figures  its figures; {@code figures().get("hits")} reads one by key
 * @param curves   its probability curves over a delay, in registration order; empty for most nodes
 */
public record NodeResult(String type, FigureValues figures, List<Curve> curves) {

    public NodeResult {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(figures, "figures");
        curves = List.copyOf(curves);
    }

    /** A node that recorded figures only. */
    public NodeResult(String type, FigureValues figures) {
        this(type, figures, List.of());
    }
}
