package org.distsim.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.distsim.core.result.RunResult;
import org.junit.jupiter.api.Test;

class InvariantsTest {

    @Test
    void aConsistentResult_passesEveryStandardCheck() {
        RunResult result = Results.consistent();
        assertSame(result, Invariants.standard().enforce(result));
    }

    @Test
    void aBrokenResult_isRefused_withTheInvariantTheScenarioAndTheSeed() {
        RunResult result = Results.result(Results.network(212_013, 212_015, 0, Map.of(), 0), Results.workload(),
                Results.node());
        InvariantViolation e = assertThrows(InvariantViolation.class, () -> Invariants.standard().enforce(result));
        assertEquals("message conservation", e.invariant());
        assertEquals("mm1", e.scenario());
        assertEquals(42, e.seed());
        assertEquals("invariant broken: message conservation: network: sent 212013 != delivered 212015 + dropped 0"
                + " + in flight 0 = 212015 (scenario mm1, seed 42)", e.getMessage());
    }

    @Test
    void everyBrokenInvariant_isNamed_inTheOrderOfTheChecks() {
        RunResult result = Results.result(Results.network(10, 12, 0, Map.of(), -1),
                Results.workload(100, 80, 10, Map.of("rejected", 10L), 5, 6, Results.figures()), Results.node());
        InvariantViolation e = assertThrows(InvariantViolation.class, () -> Invariants.standard().enforce(result));
        assertEquals(List.of("message conservation", "request conservation", "in flight is not negative"),
                e.violations().stream().map(Violation::invariant).toList());
        assertEquals(3, e.getMessage().lines().count());
    }

    @Test
    void aCheckOfOneselfCanBeAdded() {
        RunCheck neverMoreThanTenRequests = new RunCheck() {
            @Override
            public String invariant() {
                return "at most ten requests";
            }

            @Override
            public List<String> violations(RunResult r) {
                return r.workloads().get("clients").requests() > 10 ? List.of("clients: 100 requests") : List.of();
            }
        };
        InvariantViolation e = assertThrows(InvariantViolation.class,
                () -> Invariants.standard().with(neverMoreThanTenRequests).enforce(Results.consistent()));
        assertEquals("at most ten requests", e.invariant());
    }
}
