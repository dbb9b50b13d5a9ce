package org.distsim.core.check;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.result.NetworkResult;
import org.distsim.core.result.RunResult;

/**
 * Every message the engine accepted is accounted for exactly once: {@code sent = delivered +
 * dropped + in flight}, and the drops by reason add up to the drops. The kernel counts the four
 * quantities separately, where each happens, so a path that delivers a message it never counted as
 * sent (or schedules one twice, or loses one silently) breaks the identity.
 */
public final class MessageConservation implements RunCheck {

    @Override
    public String invariant() {
        return "message conservation";
    }

    @Override
    public List<String> violations(RunResult result) {
        NetworkResult n = result.network();
        if (n == null) {
            return List.of();
        }
        List<String> broken = new ArrayList<>();
        long accounted = n.delivered() + n.dropped() + n.inFlight();
        if (n.sent() != accounted) {
            broken.add("network: sent " + n.sent() + " != delivered " + n.delivered() + " + dropped " + n.dropped()
                    + " + in flight " + n.inFlight() + " = " + accounted);
        }
        long byReason = n.droppedByReason().values().stream().mapToLong(Long::longValue).sum();
        if (n.dropped() != byReason) {
            broken.add("network: dropped " + n.dropped() + " != the sum of drops by reason " + byReason + " "
                    + n.droppedByReason());
        }
        return broken;
    }
}
