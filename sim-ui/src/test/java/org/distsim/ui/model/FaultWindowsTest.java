package org.distsim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.ScheduledFault;
import org.junit.jupiter.api.Test;

/** The stretches of time the charts shade because a fault is in force. */
class FaultWindowsTest {

    private static final long S = 1_000_000_000L;

    @Test
    void aFaultLastsUntilTheFaultThatUndoesItAndAnOpenOneUntilNow() {
        List<ScheduledFault> faults = List.of(
                new ScheduledFault(20 * S, new Fault.Partition("split", List.of(List.of("a"), List.of("b")), false)),
                new ScheduledFault(10 * S, new Fault.Crash("db")),
                new ScheduledFault(15 * S, new Fault.Restart("db")),
                new ScheduledFault(30 * S, new Fault.SlowNode("api", 5)),
                new ScheduledFault(35 * S, new Fault.SlowNode("api", 1)),
                new ScheduledFault(50 * S, new Fault.Heal("split")),
                new ScheduledFault(90 * S, new Fault.Crash("late")));
        List<FaultWindows.Window> windows = FaultWindows.of(faults, 60 * S);
        assertEquals(List.of(10 * S, 20 * S, 30 * S), windows.stream().map(FaultWindows.Window::startNanos).toList());
        assertEquals(List.of(15 * S, 50 * S, 35 * S), windows.stream().map(FaultWindows.Window::endNanos).toList());
        List<FaultWindows.Window> before = FaultWindows.of(faults, 40 * S);
        assertEquals(40 * S, before.get(1).endNanos(), "a partition not healed yet lasts up to now");
    }

    @Test
    void aSecondSlowdownEndsTheFirstAndStartsItsOwn() {
        List<FaultWindows.Window> windows = FaultWindows.of(List.of(
                new ScheduledFault(1 * S, new Fault.SlowNode("api", 3)),
                new ScheduledFault(2 * S, new Fault.SlowNode("api", 10))), 5 * S);
        assertEquals(2, windows.size());
        assertEquals(2 * S, windows.get(0).endNanos());
        assertEquals(5 * S, windows.get(1).endNanos());
    }
}
