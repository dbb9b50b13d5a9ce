package org.distsim.core.check;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.result.RunResult;

/**
 * Nothing is in flight a negative number of times: the network's messages on the wire and each
 * workload's pending requests, both counted by themselves, are at least zero. A negative in-flight
 * count means something was finished that never started (a delivery never scheduled, a response to
 * a request never issued), which the conservation identities alone can miss when another count is
 * off by the same amount.
 */
public final class InFlightNonNegative implements RunCheck {

    @Override
    public String invariant() {
        return "in flight is not negative";
    }

    @Override
    public List<String> violations(RunResult result) {
        List<String> broken = new ArrayList<>();
        if (result.network() != null && result.network().inFlight() < 0) {
            broken.add("network: in flight is " + result.network().inFlight());
        }
        result.workloads().forEach((name, w) -> {
            if (w.inFlight() < 0) {
                broken.add("workload " + name + ": in flight is " + w.inFlight());
            }
        });
        return broken;
    }
}
