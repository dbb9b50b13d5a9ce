package org.distsim.models.failure;

import java.util.List;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;

/**
 * The figures a failure process adds to the node it crashes, whatever the node's type: how often
 * it failed, and its availability measured beside the one MTTF / (MTTF + MTTR) predicts.
 */
public final class FailureFigures {

    public static final FigureSpec OUTAGES = FigureSpec.count("outages", Role.ERRORS, "outages",
            "Crashes the node's failure process made after the warm-up.");
    public static final FigureSpec AVAILABILITY = FigureSpec.ratio("availability", Role.ERRORS, "availability",
            "The fraction of the measured time (warm-up to end) the failure process had the node up.").asHeadline();
    public static final FigureSpec AVAILABILITY_EXPECTED = FigureSpec.ratio("availability_expected", Role.ERRORS,
            "expected availability", "MTTF / (MTTF + MTTR) of the failure process: the long-run fraction of time up.");

    /** Every figure of a failure process, in the order it registers them. */
    public static final List<FigureSpec> ALL = List.of(OUTAGES, AVAILABILITY, AVAILABILITY_EXPECTED);

    private FailureFigures() {
    }
}
