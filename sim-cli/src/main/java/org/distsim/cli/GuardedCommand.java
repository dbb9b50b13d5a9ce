package org.distsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.distsim.models.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A subcommand of {@link Distsim} whose body runs under {@link Outcomes#guard}: it reports bad
 * input by throwing and returns its exit code, and every subcommand maps errors to exit codes and
 * messages the same way (with the stack trace under {@code --debug}). The attributes of this
 * {@code @Command} are inherited: every subcommand has {@code --help}, {@code --version} and a list
 * of exit codes (these three, unless the subcommand lists its own).
 */
@Command(mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.BAD_INPUT_HELP, ExitCodes.INTERNAL_HELP})
abstract class GuardedCommand implements Callable<Integer> {

    @ParentCommand
    private Distsim parent;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        return Outcomes.guard(spec, parent.debug(), this::execute, this::reproduce);
    }

    /** The environment the command reads: the process's, or a test's. */
    final Function<String, String> environment() {
        return parent.environment();
    }

    /** What the command does; its exit code. */
    abstract int execute() throws UserError, ScenarioException;

    /**
     * The command line that reruns what this command ran, with the given seed, for the message of
     * a run that broke an invariant; null for commands that run no scenario.
     */
    String reproduce(long seed) {
        return null;
    }

    /** Prints {@code text} on the command's stdout, as it is, and flushes. */
    final void print(String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
    }

    /** Prints {@code line} and a line separator on the command's stdout, and flushes. */
    final void println(String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
    }
}
