package org.distsim.models.autoscaler;

import java.util.List;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;

/** The figures of an {@code autoscaler} node. */
public final class AutoscalerFigures {

    public static final FigureSpec SCALE_UPS = FigureSpec.count("scale_ups", Role.CAPACITY, "scale-ups",
            "Decisions that raised the target's replicas.");
    public static final FigureSpec SCALE_DOWNS = FigureSpec.count("scale_downs", Role.CAPACITY, "scale-downs",
            "Decisions that lowered the target's replicas.");
    public static final FigureSpec DESIRED_REPLICAS = FigureSpec.gauge("desired_replicas", Unit.ONE, Role.CAPACITY,
            "desired replicas", "The replica count the autoscaler last asked for, time-weighted.").asHeadline();

    /** Every figure of the type, in the order the autoscaler registers them. */
    public static final List<FigureSpec> ALL = List.of(SCALE_UPS, SCALE_DOWNS, DESIRED_REPLICAS);

    private AutoscalerFigures() {
    }
}
