package org.distsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.distsim.models.docs.ScenarioCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code distsim list [DIR]}: the bundled scenarios with a line each. Without DIR it lists
 * {@code ./scenarios}, or else the {@code scenarios} directory of the distsim installation (the
 * repository that holds {@code sim-cli/target/distsim.jar}), so it works from anywhere.
 */
@Command(name = "list",
        description = {
            "List the bundled scenarios with a one-line description each.",
            "Lists ./scenarios, or the scenarios of the distsim installation, or DIR."
        })
final class ListCommand extends GuardedCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The directory of scenarios to list.")
    private String directory;

    @Override
    int execute() throws UserError {
        Path dir = directory != null ? Path.of(directory) : defaultDirectory();
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir + ": no such directory");
        }
        List<ScenarioCatalog.Entry> entries;
        try {
            entries = ScenarioCatalog.list(dir);
        } catch (IOException e) {
            throw new UserError("cannot list " + dir + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (entries.isEmpty()) {
            out.println("no scenarios (*.yaml) in " + dir);
        }
        int width = entries.stream().mapToInt(e -> e.path().length()).max().orElse(0);
        for (ScenarioCatalog.Entry entry : entries) {
            out.println(entry.path() + " ".repeat(width - entry.path().length() + 2) + entry.summary());
        }
        if (!entries.isEmpty()) {
            out.println();
            out.println("run one with: ./distsim run " + dir.resolve(entries.get(0).path()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** {@code ./scenarios} when it exists, else the installation's; a missing one is reported by the caller. */
    private static Path defaultDirectory() {
        Path here = Path.of("scenarios");
        if (Files.isDirectory(here)) {
            return here;
        }
        Path installed = installation();
        return installed == null ? here : installed.resolve("scenarios");
    }

    /** The repository that holds the running jar ({@code ROOT/sim-cli/target/distsim.jar}), or null. */
    private static Path installation() {
        try {
            Path code = Path.of(Distsim.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = code.getParent();
            Path module = target == null ? null : target.getParent();
            return module == null ? null : module.getParent();
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            return null;
        }
    }
}
