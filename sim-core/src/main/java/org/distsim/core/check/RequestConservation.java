package org.distsim.core.check;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.result.RunResult;

/**
 * Every request a workload issued after the warm-up has exactly one fate: {@code requests = ok +
 * failed + unknown + in flight} for each workload, and the failures by reason add up to the
 * failures. The in-flight count comes from the workload's own table of pending requests, apart from
 * the outcome counters, so the identity checks the two against each other.
 */
public final class RequestConservation implements RunCheck {

    @Override
    public String invariant() {
        return "request conservation";
    }

    @Override
    public List<String> violations(RunResult result) {
        List<String> broken = new ArrayList<>();
        result.workloads().forEach((name, w) -> {
            long accounted = w.ok() + w.failed() + w.unknown() + w.inFlight();
            if (w.requests() != accounted) {
                broken.add("workload " + name + ": requests " + w.requests() + " != ok " + w.ok() + " + failed "
                        + w.failed() + " + unknown " + w.unknown() + " + in flight " + w.inFlight() + " = " + accounted);
            }
            long byReason = w.failedByReason().values().stream().mapToLong(Long::longValue).sum();
            if (w.failed() != byReason) {
                broken.add("workload " + name + ": failed " + w.failed() + " != the sum of failures by reason "
                        + byReason + " " + w.failedByReason());
            }
        });
        return broken;
    }
}
