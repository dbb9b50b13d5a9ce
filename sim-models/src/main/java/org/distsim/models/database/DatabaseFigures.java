package org.distsim.models.database;

import java.util.List;
import java.util.stream.Stream;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.models.station.StationFigures;
import org.distsim.models.storage.StorageFigures;

/** The figures of a {@code database} node. */
public final class DatabaseFigures {

    public static final FigureSpec READS = FigureSpec.count("reads", Role.LOAD, "reads",
            "Reads served: answered with the committed version.");
    public static final FigureSpec WRITES = FigureSpec.count("writes", Role.LOAD, "writes",
            "Writes committed and answered.");
    public static final FigureSpec REJECTED = FigureSpec.count("rejected", Role.ERRORS, "rejected",
            "Requests refused because the queue was full.");

    /** Every figure of the type, in the order the database registers them. */
    public static final List<FigureSpec> ALL = Stream.of(StationFigures.ALL.stream(),
            Stream.of(READS, WRITES, REJECTED), StorageFigures.ALL.stream()).flatMap(s -> s).toList();

    private DatabaseFigures() {
    }
}
