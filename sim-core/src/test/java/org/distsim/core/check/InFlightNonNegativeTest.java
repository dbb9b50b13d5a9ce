package org.distsim.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.distsim.core.result.RunResult;
import org.junit.jupiter.api.Test;

class InFlightNonNegativeTest {

    private final RunCheck check = new InFlightNonNegative();

    @Test
    void holds_whenNothingIsInFlightANegativeNumberOfTimes() {
        assertEquals(List.of(), check.violations(Results.consistent()));
    }

    @Test
    void fails_forNegativeInFlightMessages_evenWhenTheIdentityHolds() {
        // What the load-spike bug printed, when in flight was computed from the other counts.
        RunResult result = Results.result(Results.network(212_013, 212_015, 0, Map.of(), -2), Results.workload(),
                Results.node());
        assertEquals(List.of(), new MessageConservation().violations(result), "the identity alone cannot see it");
        assertEquals(List.of("network: in flight is -2"), check.violations(result));
    }

    @Test
    void fails_forNegativeInFlightRequests() {
        RunResult result = Results.result(Results.network(),
                Results.workload(100, 90, 10, Map.of("rejected", 10L), 5, -5, Results.figures()), Results.node());
        assertEquals(List.of("workload clients: in flight is -5"), check.violations(result));
    }
}
