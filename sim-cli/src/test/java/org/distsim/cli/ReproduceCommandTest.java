package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReproduceCommandTest {

    @Test
    void of_plainArguments_areListedInOrderUnquoted() {
        assertEquals("./distsim run scenarios/mm1.yaml --seed 42 --set workloads.clients.rate=950/s"
                        + " --set nodes.db.replicas=5 --duration 60s",
                ReproduceCommand.of("scenarios/mm1.yaml", 42, List.of("workloads.clients.rate=950/s",
                        "nodes.db.replicas=5"), DurationArg.parse("60s")));
    }

    @Test
    void of_withoutOverridesOrDuration_isJustFileAndSeed() {
        assertEquals("./distsim run a.yaml --seed -3", ReproduceCommand.of("a.yaml", -3, List.of(), null));
    }

    @Test
    void quote_argumentsAShellWouldSplitOrExpand_areSingleQuoted() {
        assertEquals("'my scenario.yaml'", ReproduceCommand.quote("my scenario.yaml"));
        assertEquals("'it'\\''s.yaml'", ReproduceCommand.quote("it's.yaml"));
        assertEquals("'nodes.db.name=$HOME'", ReproduceCommand.quote("nodes.db.name=$HOME"));
        assertEquals("'*.yaml'", ReproduceCommand.quote("*.yaml"));
        assertEquals("''", ReproduceCommand.quote(""));
    }
}
