package org.distsim.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.distsim.core.result.RunResult;

/**
 * The warning for a run in which drawn durations outlasted the whole run. The engine cuts such a
 * duration to just past the run's end (so it cannot wrap the clock), which changes no figure: the
 * event it timed falls after the end either way. But work that routinely takes longer than the
 * run means its figures describe a few lucky requests, usually because a distribution's tail is
 * heavier than intended (a Pareto of shape at most 1 has no mean) or a speed factor is extreme.
 */
final class HorizonFinding {

    /** The {@link Finding#kind()} of this warning. */
    static final String KIND = "beyond_horizon";

    private HorizonFinding() {
    }

    /** One finding per actor (and the network) whose draws were cut, in spawn order; empty when none was. */
    static List<Finding> of(RunResult result) {
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, Long> cut : result.cutDurations().entrySet()) {
            out.add(new Finding(KIND, "cut_durations." + cut.getKey(),
                    cut.getValue() + (cut.getValue() == 1 ? " duration" : " durations") + " drawn by " + cut.getKey()
                            + " outlasted the whole run (" + Decimals.seconds(result.durationNanos())
                            + ") and never ended within it; check its distribution's tail and speed factors"));
        }
        return out;
    }
}
