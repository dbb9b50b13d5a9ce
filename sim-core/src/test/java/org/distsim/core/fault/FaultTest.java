package org.distsim.core.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FaultTest {

    @Test
    void everyFaultHasOneShortLabel_forMarkersAndTheLiveView() {
        assertEquals("crash db", new Fault.Crash("db").describe());
        assertEquals("restart db", new Fault.Restart("db").describe());
        assertEquals("partition split [a,b | c]",
                new Fault.Partition("split", List.of(List.of("a", "b"), List.of("c")), false).describe());
        assertEquals("partition p1 [a | b | c] one-way",
                new Fault.Partition("p1", List.of(List.of("a"), List.of("b"), List.of("c")), true).describe());
        assertEquals("heal split", new Fault.Heal("split").describe());
        assertEquals("slow db x3", new Fault.SlowNode("db", 3).describe());
        assertEquals("slow db x1.5", new Fault.SlowNode("db", 1.5).describe());
        assertEquals("slow db ends", new Fault.SlowNode("db", 1).describe());
        assertEquals("degrade link a <-> b", new Fault.DegradeLink("a", "b", 20_000_000, 0.05).describe());
        assertEquals("restore link a <-> b", new Fault.RestoreLink("a", "b").describe());
        assertEquals("load spike clients x3", new Fault.LoadSpike("clients", 3).describe());
        assertEquals("load spike clients ends", new Fault.LoadSpike("clients", 1).describe());
    }

    @Test
    void factorsAreWrittenWithAtMostThreeSignificantDigits() {
        assertEquals("load spike w x0.333", new Fault.LoadSpike("w", 1.0 / 3).describe());
        assertEquals("load spike w x1230", new Fault.LoadSpike("w", 1234).describe());
        assertEquals("slow n x0.1", new Fault.SlowNode("n", 0.1).describe());
    }

    @Test
    void theVisitorReachesTheMethodOfEachKind() {
        FaultVisitor<String> kind = new FaultVisitor<>() {
            @Override
            public String crash(Fault.Crash crash) {
                return "crash";
            }

            @Override
            public String restart(Fault.Restart restart) {
                return "restart";
            }

            @Override
            public String partition(Fault.Partition partition) {
                return "partition";
            }

            @Override
            public String heal(Fault.Heal heal) {
                return "heal";
            }

            @Override
            public String slowNode(Fault.SlowNode slow) {
                return "slow";
            }

            @Override
            public String degradeLink(Fault.DegradeLink link) {
                return "degrade";
            }

            @Override
            public String restoreLink(Fault.RestoreLink link) {
                return "restore";
            }

            @Override
            public String loadSpike(Fault.LoadSpike spike) {
                return "spike";
            }
        };
        List<Fault> faults = List.of(new Fault.Crash("a"), new Fault.Restart("a"),
                new Fault.Partition("p", List.of(List.of("a"), List.of("b")), false), new Fault.Heal("p"),
                new Fault.SlowNode("a", 2), new Fault.DegradeLink("a", "b", 1, 0), new Fault.RestoreLink("a", "b"),
                new Fault.LoadSpike("w", 2));
        assertEquals(List.of("crash", "restart", "partition", "heal", "slow", "degrade", "restore", "spike"),
                faults.stream().map(f -> f.accept(kind)).toList());
        assertEquals(Fault.class.getPermittedSubclasses().length, faults.size(), "one sample of every kind");
    }
}
