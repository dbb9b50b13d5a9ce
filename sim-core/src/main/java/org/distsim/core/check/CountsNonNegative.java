package org.distsim.core.check;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.result.NetworkResult;
import org.distsim.core.result.RunResult;

/**
 * A count of things that happened is never negative: the network's counts and drops by reason,
 * each workload's requests, outcomes and failures by reason. The figures components declare,
 * counts among them, are checked against their declared range by {@link FiguresInRange}; in-flight
 * counts have a check of their own, {@link InFlightNonNegative}.
 */
public final class CountsNonNegative implements RunCheck {

    @Override
    public String invariant() {
        return "counts are not negative";
    }

    @Override
    public List<String> violations(RunResult result) {
        List<String> broken = new ArrayList<>();
        NetworkResult n = result.network();
        if (n != null) {
            count(broken, "network", "sent", n.sent());
            count(broken, "network", "delivered", n.delivered());
            count(broken, "network", "dropped", n.dropped());
            n.droppedByReason().forEach((reason, value) -> count(broken, "network", "dropped " + reason, value));
        }
        result.workloads().forEach((name, w) -> {
            String where = "workload " + name;
            count(broken, where, "requests", w.requests());
            count(broken, where, "ok", w.ok());
            count(broken, where, "failed", w.failed());
            count(broken, where, "unknown", w.unknown());
            w.failedByReason().forEach((reason, value) -> count(broken, where, "failed " + reason, value));
        });
        return broken;
    }

    private static void count(List<String> broken, String where, String what, long value) {
        if (value < 0) {
            broken.add(where + ": " + what + " is " + value);
        }
    }
}
