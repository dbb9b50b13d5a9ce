package org.distsim.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.distsim.ui.live.ChartPoint;
import org.distsim.ui.live.WorkloadPoint;

/**
 * Each design's headline numbers while the run plays, for the scoreboard beside its colour in the
 * charts' key: the p99 of its last closed interval (or that none of its requests succeeded there)
 * and its availability over every interval so far, so a collapse shows at once and a long outage
 * keeps counting.
 */
public final class Scoreboard {

    private Scoreboard() {
    }

    /** One short line per design, in the designs' order: {@code p99 now 48.0 ms · 99.2% ok}. */
    public static List<String> lines(int designs, List<ChartPoint> chart) {
        List<String> lines = new ArrayList<>(designs);
        for (int d = 0; d < designs; d++) {
            double ok = 0;
            double finished = 0;
            WorkloadPoint last = null;
            for (ChartPoint point : chart) {
                if (d < point.workloads().size()) {
                    WorkloadPoint w = point.workloads().get(d);
                    finished += w.finished();
                    ok += w.availability() == null ? 0 : w.availability() * w.finished();
                    last = w;
                }
            }
            if (last == null || finished == 0) {
                lines.add("");
                continue;
            }
            String latency = last.noSuccess() ? "no ok request"
                    : last.p99Ms() == null ? "p99 now -" : "p99 now " + milliseconds(last.p99Ms());
            lines.add(latency + " · " + NodeBadge.percent(ok / finished) + " ok");
        }
        return lines;
    }

    private static String milliseconds(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%,.0f ms", ms) : String.format(Locale.ROOT, "%.1f ms", ms);
    }
}
