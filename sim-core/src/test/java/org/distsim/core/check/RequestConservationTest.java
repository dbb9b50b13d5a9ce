package org.distsim.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.distsim.core.result.RunResult;
import org.junit.jupiter.api.Test;

class RequestConservationTest {

    private final RunCheck check = new RequestConservation();

    @Test
    void holds_whenEveryRequestHasExactlyOneFate() {
        assertEquals(List.of(), check.violations(Results.consistent()));
    }

    @Test
    void fails_whenTheInFlightTableDisagreesWithTheOutcomeCounters() {
        // 100 issued, 95 with an outcome, but the workload's table of pending requests holds 7.
        RunResult result = Results.result(Results.network(),
                Results.workload(100, 80, 10, Map.of("rejected", 10L), 5, 7, Results.figures()), Results.node());
        assertEquals(List.of("workload clients: requests 100 != ok 80 + failed 10 + unknown 5 + in flight 7 = 102"),
                check.violations(result));
    }

    @Test
    void fails_whenTheFailuresByReasonDoNotAddUpToTheFailures() {
        RunResult result = Results.result(Results.network(),
                Results.workload(100, 80, 10, Map.of("rejected", 3L, "unavailable", 6L), 5, 5, Results.figures()), Results.node());
        assertEquals(List.of("workload clients: failed 10 != the sum of failures by reason 9 {rejected=3, unavailable=6}"),
                check.violations(result));
    }
}
