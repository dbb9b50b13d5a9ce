package org.distsim.models.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.distsim.core.fault.Fault;
import org.junit.jupiter.api.Test;

class FaultActionTest {

    /** One fault of every kind. */
    private static final List<Fault> EVERY_KIND = List.of(
            new Fault.Crash("db"),
            new Fault.Restart("db"),
            new Fault.Partition("split", List.of(List.of("a", "b"), List.of("c")), true),
            new Fault.Heal("split"),
            new Fault.SlowNode("db", 2.5),
            new Fault.DegradeLink("a", "b", 20_000_000, 0.05),
            new Fault.RestoreLink("a", "b"),
            new Fault.LoadSpike("clients", 3));

    @Test
    void everyKindOfFault_isSampledHere() {
        Set<Class<?>> kinds = Arrays.stream(Fault.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(kinds, EVERY_KIND.stream().map(Object::getClass).collect(Collectors.toSet()));
    }

    @Test
    void theActionOfAFault_appliesThatSameFault() {
        for (Fault fault : EVERY_KIND) {
            assertEquals(fault, FaultAction.of(fault).fault());
        }
    }

    @Test
    void everyAction_isSpelledByOneEntryOfActions() {
        Set<Class<?>> forms = Arrays.stream(FaultAction.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(forms, FaultAction.ACTIONS.stream().map(FaultAction.Action::form).collect(Collectors.toSet()));
        assertEquals(List.of("crash", "restart", "partition", "heal", "slow", "degrade-link", "restore-link",
                "load-spike"), EVERY_KIND.stream().map(f -> FaultAction.of(f).spelling().key()).toList());
        assertTrue(FaultAction.of(new Fault.Crash("db")).spelling().scalar());
    }
}
