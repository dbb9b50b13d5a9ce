package org.distsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.LongFunction;
import org.distsim.cli.batch.RemoteFailure;
import org.distsim.core.check.InvariantViolation;
import org.distsim.models.scenario.ScenarioException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one place that turns how a command ended into an exit code and messages on stderr, so every
 * command reports bad input and bugs the same way.
 */
final class Outcomes {

    /** What a command does; it reports bad input by throwing, and returns its exit code otherwise. */
    @FunctionalInterface
    interface Body {
        int run() throws UserError, ScenarioException;
    }

    private Outcomes() {
    }

    /**
     * Runs {@code body}: scenario problems and other bad input exit with
     * {@link ExitCodes#BAD_INPUT} and a message; anything unexpected is a bug and exits with
     * {@link ExitCodes#INTERNAL}.
     */
    static int guard(CommandSpec spec, boolean debug, Body body) {
        return guard(spec, debug, body, seed -> null);
    }

    /**
     * As {@link #guard(CommandSpec, boolean, Body)}; a run that broke an invariant (a bug, found by
     * the end-of-run checks) is reported with the invariant, the scenario, the seed and the line that
     * reproduces it, {@code reproduce.apply(seed)} (null when the command cannot say).
     */
    static int guard(CommandSpec spec, boolean debug, Body body, LongFunction<String> reproduce) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return body.run();
        } catch (InvariantViolation e) {
            err.println("error: " + e.getMessage());
            err.println("this is a bug in distsim: every run must keep this invariant; please report it with the"
                    + " scenario and seed");
            String line = reproduce.apply(e.seed());
            if (line != null) {
                err.println("reproduce with: " + line);
            }
            return ExitCodes.INTERNAL;
        } catch (ScenarioException e) {
            // The message is every problem, formatted, one after another (file:line:col: path: what).
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (UserError e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (OutOfMemoryError e) {
            err.println("error: the run needs more memory than the Java heap allows;"
                    + " give it more (JAVA_OPTS=-Xmx4g ./distsim ...) or shorten the run with --duration");
            return ExitCodes.INTERNAL;
        } catch (RemoteFailure e) {
            // A batch on a cluster failed there: a bug only when a run threw on a member, and the
            // user's to fix, as a cluster that cannot be reached at all is, when no member can take it.
            err.println("error: " + e.getMessage());
            if (e.unusableCluster()) {
                return ExitCodes.BAD_INPUT;
            }
            if (e.bug()) {
                err.println("this is a bug in distsim; please report it with the scenario and seed");
                if (debug) {
                    e.printStackTrace(err);
                } else {
                    err.println("(run with --debug or " + Distsim.DEBUG_ENV + "=1 for the stack traces)");
                }
            }
            return ExitCodes.INTERNAL;
        } catch (RuntimeException | AssertionError | StackOverflowError | LinkageError e) {
            err.println("error: " + describe(e));
            err.println("this is a bug in distsim; please report it with the scenario and seed");
            if (debug) {
                e.printStackTrace(err);
            } else {
                err.println("(run with --debug or " + Distsim.DEBUG_ENV + "=1 for the stack trace)");
            }
            return ExitCodes.INTERNAL;
        } finally {
            err.flush();
        }
    }

    /**
     * The scenario file as a path, checked before the loader sees it, so a typo in the name reads
     * as such rather than as a parse error.
     */
    static Path scenarioFile(String file) throws UserError {
        Path path = path(file, "file");
        if (!Files.exists(path)) {
            throw new UserError(file + ": no such file");
        }
        if (Files.isDirectory(path)) {
            throw new UserError(file + ": is a directory, not a scenario file");
        }
        if (!Files.isRegularFile(path)) {
            // A device such as /dev/zero never ends, and opening a FIFO blocks until someone writes.
            throw new UserError(file + ": is not a regular file (a device, a FIFO or a socket): only regular files are"
                    + " read");
        }
        if (!Files.isReadable(path)) {
            throw new UserError(file + ": cannot be read (permission denied)");
        }
        return path;
    }

    /**
     * {@code name} as a path; bad input when the platform cannot make one of it.
     *
     * @param kind  what the name should be, {@code file} or {@code directory}, for the message
     */
    static Path path(String name, String kind) throws UserError {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new UserError(name + ": not a valid " + kind + " name (" + e.getReason() + ")");
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getName() : message;
    }
}
