package org.distsim.models.station;

import java.util.List;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;

/** The figures of a station of workers in front of a queue, which every component that has one records. */
public final class StationFigures {

    public static final FigureSpec UTILISATION = FigureSpec.gauge("utilisation", Unit.FRACTION, Role.LOAD,
            "utilisation", "Busy workers / workers, time-weighted: the station's load, rho for one server.")
            .asHeadline();
    public static final FigureSpec QUEUE = FigureSpec.gauge("queue", Unit.ONE, Role.BACKLOG, "queue",
            "Requests waiting for a worker, time-weighted (L_q of queueing theory).").asHeadline();

    /** Both, in the order a station registers them. */
    public static final List<FigureSpec> ALL = List.of(UTILISATION, QUEUE);

    private StationFigures() {
    }
}
