package org.distsim.models.ratelimit;

import java.util.List;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;

/** The figures of a {@code rate-limiter} node. */
public final class RateLimiterFigures {

    public static final FigureSpec ADMITTED = FigureSpec.count("admitted", Role.LOAD, "admitted",
            "Requests the limiter let through to its target.").asHeadline();
    public static final FigureSpec REJECTED = FigureSpec.count("rejected", Role.ERRORS, "rejected",
            "Requests refused at once with reason rate-limited.").asHeadline();

    /** Every figure of the type, in the order the limiter registers them. */
    public static final List<FigureSpec> ALL = List.of(ADMITTED, REJECTED);

    private RateLimiterFigures() {
    }
}
