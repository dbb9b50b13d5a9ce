package org.distsim.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.distsim.core.figure.Figure;
import org.distsim.core.figure.Statistic;
import org.distsim.core.result.DropReason;
import org.distsim.core.result.RunResult;
import org.junit.jupiter.api.Test;

class CountsNonNegativeTest {

    private final RunCheck check = new CountsNonNegative();

    @Test
    void holds_whenEveryCountIsZeroOrMore() {
        assertEquals(List.of(), check.violations(Results.consistent()));
    }

    @Test
    void fails_forANegativeNetworkCount() {
        RunResult result = Results.result(Results.network(-1, -3, 2, Map.of(DropReason.PARTITION, 2L), 0),
                Results.workload(), Results.node());
        assertEquals(List.of("network: sent is -1", "network: delivered is -3"), check.violations(result));
    }

    @Test
    void fails_forANegativeWorkloadOutcome_butLeavesDeclaredFiguresToTheirRangeCheck() {
        RunResult result = Results.result(Results.network(),
                Results.workload(100, 80, -5, Map.of("rejected", -5L), 20, 5,
                        Results.figures(new Figure(Results.READS, null, Statistic.VALUE, -2L))), Results.node());
        assertEquals(List.of("workload clients: failed is -5", "workload clients: failed rejected is -5"),
                check.violations(result));
    }
}
