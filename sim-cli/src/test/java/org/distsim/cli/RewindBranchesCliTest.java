package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.distsim.core.fault.Fault;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.reports.JsonReport;
import org.distsim.ui.live.Branch;
import org.distsim.ui.live.Command;
import org.distsim.ui.live.FaultYaml;
import org.distsim.ui.live.Mode;
import org.distsim.ui.live.SimDriver;
import org.distsim.ui.live.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live view's branches, saved as scenarios, run with {@code distsim run} to the bytes each
 * branch ended with in the view: a crash at 15 s (branch A), then a rewind to 10 s and another
 * crash there (branch B), on the bundled cap-partition scenario.
 */
class RewindBranchesCliTest {

    private static final long S = 1_000_000_000L;
    private static final long TIMEOUT_MS = 120_000;

    @Test
    void bothBranchesOfARewoundViewRunWithDistsimRunToTheBytesTheViewEndedWith(@TempDir Path dir) throws Exception {
        Path file = Path.of("../scenarios/cap-partition.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Scenario scenario = ScenarioLoader.load(file.toString(), text, List.of());
        long end = scenario.durationNanos();
        try (SimDriver driver = new SimDriver(scenario, null).start()) {
            seek(driver, 15 * S);
            driver.send(new Command.Inject(new Fault.Crash("ap-store-2")));
            seek(driver, 40 * S);
            seek(driver, 10 * S);
            driver.send(new Command.Inject(new Fault.Crash("cp-store-2")));
            Snapshot bEnd = seek(driver, end);
            String bJson = JsonReport.render(driver.result());
            driver.send(new Command.SwitchBranch("A"));
            Snapshot aEnd = driver.await(s -> !s.rewind().seeking() && s.rewind().branch().name().equals("A")
                    && s.mode() == Mode.FINISHED, TIMEOUT_MS);
            String aJson = JsonReport.render(driver.result());
            assertNotEquals(aJson, bJson);

            for (Branch branch : List.of(aEnd.rewind().branch("A"), bEnd.rewind().branch("B"))) {
                Path saved = dir.resolve("branch-" + branch.name() + ".yaml");
                Files.writeString(saved, FaultYaml.scenarioWithFaults(text, branch.faults(), scenario.seed()));
                Cli.Result run = Cli.run("run", saved.toString(), "--format", "json");
                assertEquals((branch.name().equals("A") ? aJson : bJson).strip(), run.out().strip(),
                        "branch " + branch.name() + ": " + run.err());
            }
        }
    }

    private static Snapshot seek(SimDriver driver, long atNanos) throws Exception {
        driver.send(new Command.Seek(atNanos));
        return driver.await(s -> !s.rewind().seeking() && s.nowNanos() == atNanos && s.mode() != Mode.PLAYING
                && (s.message().startsWith("at ") || s.mode() == Mode.FINISHED), TIMEOUT_MS);
    }
}
