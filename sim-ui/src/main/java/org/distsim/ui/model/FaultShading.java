package org.distsim.ui.model;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.facts.FaultWindow;
import org.distsim.core.facts.RunFacts;
import org.distsim.core.fault.FaultWindows;
import org.distsim.core.fault.ScheduledFault;

/**
 * Which stretches of time the charts shade because a fault is in force. While the faults applied
 * are exactly the scenario's timeline so far, they are the run's facts ({@link RunFacts#windows()}),
 * cut at now, so the view shades what the report shades. Once a hand (or a node's random failure
 * process) has applied a fault of its own, they are the same pairing ({@link FaultWindows}) over
 * every fault applied, since a hand-made restart can end a crash of the timeline.
 */
public final class FaultShading {

    private final List<ScheduledFault> timeline;
    private final List<FaultWindow> windows;

    /**
     * @param timeline  the scenario's fault timeline inside the run, in the order it is applied
     * @param facts     the run's facts, whose windows are this timeline's
     */
    public FaultShading(List<ScheduledFault> timeline, RunFacts facts) {
        this.timeline = List.copyOf(timeline);
        this.windows = facts.windows();
    }

    /** The windows known at {@code nowNanos}, given every fault applied so far in order. */
    public List<FaultWindow> at(List<ScheduledFault> applied, long nowNanos) {
        boolean timelineOnly = applied.size() <= timeline.size() && applied.equals(timeline.subList(0, applied.size()));
        if (!timelineOnly) {
            return FaultWindows.of(applied, nowNanos);
        }
        List<FaultWindow> known = new ArrayList<>();
        for (FaultWindow window : windows) {
            FaultWindow seen = window.at(nowNanos);
            if (seen != null) {
                known.add(seen);
            }
        }
        return known;
    }
}
