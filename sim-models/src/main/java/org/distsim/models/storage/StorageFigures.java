package org.distsim.models.storage;

import java.util.List;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;

/** The figures of a node that stores what it is written, once a write with a size has arrived. */
public final class StorageFigures {

    public static final FigureSpec STORED = FigureSpec.amount("stored_mb", Unit.MEGABYTES, Role.LOAD,
            "stored", "Megabytes (10^6 bytes) the committed writes stored by the end of the run, warm-up included: the sum of"
                    + " their sizes (a store of new objects: nothing is reclaimed, except what a log's retention removes).");
    public static final FigureSpec GROWTH_PER_DAY = FigureSpec.quotient("growth_gb_per_day", Unit.GIGABYTES,
            Role.LOAD, "growth per day", "Gigabytes per simulated day, extrapolated from the measured write rate: the bytes"
                    + " committed after the warm-up over the measured time, times 86,400 s (before any retention).")
            .asHeadline();

    /** Every figure, in the order they are registered. */
    public static final List<FigureSpec> ALL = List.of(STORED, GROWTH_PER_DAY);

    private StorageFigures() {
    }
}
