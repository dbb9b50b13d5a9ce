package org.distsim.core.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.facts.FaultWindow;
import org.junit.jupiter.api.Test;

/** The stretches of time during which a fault is in force, paired through the fault visitor. */
class FaultWindowsTest {

    private static final long S = 1_000_000_000L;

    private static List<Long> starts(List<FaultWindow> windows) {
        return windows.stream().map(FaultWindow::startNanos).toList();
    }

    private static List<Long> ends(List<FaultWindow> windows) {
        return windows.stream().map(FaultWindow::endNanos).toList();
    }

    @Test
    void aFaultLastsUntilTheFaultThatUndoesItAndAnOpenOneUntilTheEndOfWhatIsKnown() {
        List<ScheduledFault> faults = List.of(
                new ScheduledFault(20 * S, new Fault.Partition("split", List.of(List.of("a"), List.of("b")), false)),
                new ScheduledFault(10 * S, new Fault.Crash("db")),
                new ScheduledFault(15 * S, new Fault.Restart("db")),
                new ScheduledFault(30 * S, new Fault.SlowNode("api", 5)),
                new ScheduledFault(35 * S, new Fault.SlowNode("api", 1)),
                new ScheduledFault(50 * S, new Fault.Heal("split")),
                new ScheduledFault(90 * S, new Fault.Crash("late")));
        List<FaultWindow> windows = FaultWindows.of(faults, 60 * S);
        assertEquals(List.of(10 * S, 20 * S, 30 * S), starts(windows));
        assertEquals(List.of(15 * S, 50 * S, 35 * S), ends(windows));
        assertEquals(List.of("crash db", "partition split [a | b]", "slow api x5"),
                windows.stream().map(FaultWindow::label).toList());
        assertTrue(windows.stream().allMatch(FaultWindow::undone));
        List<FaultWindow> before = FaultWindows.of(faults, 40 * S);
        assertEquals(40 * S, before.get(1).endNanos(), "a partition not healed yet lasts up to now");
        assertFalse(before.get(1).undone());
    }

    @Test
    void aSecondSlowdownEndsTheFirstAndStartsItsOwn() {
        List<FaultWindow> windows = FaultWindows.of(List.of(
                new ScheduledFault(1 * S, new Fault.SlowNode("api", 3)),
                new ScheduledFault(2 * S, new Fault.SlowNode("api", 10))), 5 * S);
        assertEquals(List.of(1 * S, 2 * S), starts(windows));
        assertEquals(List.of(2 * S, 5 * S), ends(windows));
    }

    @Test
    void aLinkRestoredFromItsOtherEndAndALoadSpikeBackToOneCloseTheirWindows() {
        List<FaultWindow> windows = FaultWindows.of(List.of(
                new ScheduledFault(1 * S, new Fault.DegradeLink("a", "b", 5_000_000, 0.1)),
                new ScheduledFault(2 * S, new Fault.LoadSpike("clients", 3)),
                new ScheduledFault(3 * S, new Fault.RestoreLink("b", "a")),
                new ScheduledFault(4 * S, new Fault.LoadSpike("clients", 1))), 10 * S);
        assertEquals(List.of(1 * S, 2 * S), starts(windows));
        assertEquals(List.of(3 * S, 4 * S), ends(windows));
    }

    @Test
    void aSecondCrashOfADownNodeKeepsOneWindowAndARestartOfARunningNodeOpensNone() {
        List<FaultWindow> windows = FaultWindows.of(List.of(
                new ScheduledFault(1 * S, new Fault.Restart("db")),
                new ScheduledFault(2 * S, new Fault.Crash("db")),
                new ScheduledFault(3 * S, new Fault.Crash("db")),
                new ScheduledFault(4 * S, new Fault.Restart("db"))), 10 * S);
        assertEquals(List.of(new FaultWindow(2 * S, 4 * S, "crash db", true)), windows);
    }

    @Test
    void aWindowSeenBeforeItsEndIsCutAtNowAndOneNotBegunIsNotSeen() {
        FaultWindow window = new FaultWindow(10 * S, 20 * S, "crash db", true);
        assertEquals(new FaultWindow(10 * S, 15 * S, "crash db", false), window.at(15 * S));
        assertEquals(window, window.at(25 * S));
        assertEquals(null, window.at(5 * S));
    }
}
