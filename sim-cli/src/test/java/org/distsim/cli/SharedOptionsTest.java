package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/** Options that several commands take are spelled and documented the same way in each. */
class SharedOptionsTest {

    private static final Map<String, CommandLine> COMMANDS = Distsim.tree(new Distsim(Map.of())).getSubcommands();

    private static OptionSpec option(String command, String name) {
        return COMMANDS.get(command).getCommandSpec().findOption(name);
    }

    private static void sameEverywhere(String name, List<String> commands) {
        OptionSpec first = option(commands.get(0), name);
        assertNotNull(first, commands.get(0) + " " + name);
        for (String command : commands) {
            OptionSpec other = option(command, name);
            assertNotNull(other, command + " " + name);
            assertEquals(first.paramLabel(), other.paramLabel(), command + " " + name);
            assertArrayEquals(first.description(), other.description(), command + " " + name);
        }
    }

    @Test
    void scenarioOptions_readTheSameInEveryCommandThatTakesThem() {
        sameEverywhere("--set", List.of("run", "validate", "explain", "sweep"));
        sameEverywhere("--experiment", List.of("run", "validate", "explain", "sweep"));
        sameEverywhere("--seed", List.of("run", "sweep", "view"));
        sameEverywhere("--duration", List.of("run", "sweep"));
        for (String command : List.of("run", "validate", "explain", "sweep", "view")) {
            CommandSpec spec = COMMANDS.get(command).getCommandSpec();
            assertEquals("FILE", spec.positionalParameters().get(0).paramLabel(), command);
        }
    }

    @Test
    void view_hasNoSet_soASavedCopyReplaysTheFileItself() {
        assertNull(option("view", "--set"));
        assertNull(option("view", "--experiment"));
    }

    @Test
    void everyCommand_hasHelpVersionAndExitCodes() {
        for (String command : List.of("run", "validate", "explain", "list", "schema", "sweep", "compare", "view")) {
            CommandSpec spec = COMMANDS.get(command).getCommandSpec();
            assertNotNull(spec.findOption("--help"), command);
            assertNotNull(spec.findOption("--version"), command);
            assertEquals("0", spec.usageMessage().exitCodeList().keySet().iterator().next().trim(), command);
        }
    }
}
