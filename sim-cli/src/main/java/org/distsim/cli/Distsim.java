package org.distsim.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.List;
import java.util.function.Function;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * {@code distsim}, the top-level command: holds the options every subcommand shares and the
 * program's entry point.
 *
 * <p>Tests drive it as {@code Distsim.tree(new Distsim(), args).setOut(..).setErr(..).execute(args)};
 * every exit code is then the real one. {@link #commandLine} adds what only changes how
 * usage errors read (one line and a hint instead of the whole usage text).
 */
@Command(name = "distsim",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {
            "A deterministic discrete-event simulator of distributed systems.",
            "The same scenario and seed give byte-identical results on every machine."
        },
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./distsim run scenarios/validation/mm1.yaml",
            "  ./distsim run scenarios/validation/mm1.yaml --seed 7 --format json",
            "  ./distsim run scenarios/validation/mm1.yaml --set workloads.clients.rate=950/s",
            "  ./distsim validate my-scenario.yaml",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.SLO_HELP, ExitCodes.BAD_INPUT_HELP, ExitCodes.INTERNAL_HELP,
                ExitCodes.STOPPED_HELP})
public final class Distsim implements Callable<Integer> {

    /** The environment variable that turns on {@code --debug} for every invocation. */
    static final String DEBUG_ENV = "DISTSIM_DEBUG";

    private final Function<String, String> environment;

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an internal error, print the stack trace too (or set " + DEBUG_ENV + "=1).")
    private boolean debug;

    /** A command that reads the process environment. */
    public Distsim() {
        this(System::getenv);
    }

    /** A command that reads {@code environment} instead of the process environment, for tests. */
    Distsim(Map<String, String> environment) {
        this(environment::get);
    }

    private Distsim(Function<String, String> environment) {
        this.environment = environment;
    }

    /**
     * The subcommands, in the order the usage lists them. Each is read only when it is needed:
     * picocli reads a command's annotations by reflection when it is added, which cost a tiny run
     * more than simulating it (docs/PERFORMANCE.md, start-up).
     */
    private static final List<Class<?>> COMMANDS = List.of(
            RunCommand.class,
            ValidateCommand.class,
            ExplainCommand.class,
            ListCommand.class,
            SchemaCommand.class,
            SweepCommand.class,
            CompareCommand.class,
            ViewCommand.class,
            WorkerCommand.class,
            CommandLine.HelpCommand.class,
            AutoComplete.GenerateCompletion.class);

    public static void main(String[] args) {
        // distsim's annotations hold no Groovy closures; without this, picocli looks for Groovy's
        // classes on every start, a failed class lookup with its exception.
        System.setProperty("picocli.disable.closures", "true");
        System.exit(commandLine(args).execute(args));
    }

    /** The command line as {@link #main} runs {@code args}: with compact usage errors. */
    public static CommandLine commandLine(String... args) {
        return configure(tree(new Distsim(), args));
    }

    /**
     * {@code root} with the subcommands {@code args} needs: only the one it names, when it names
     * one, else all of them ({@code distsim}, {@code --help}, {@code help} and a misspelt
     * command's suggestions list them all). No arguments: all of them. {@code --version} with no
     * command: none, since it prints the version before any command is looked at (building them
     * all, the batch commands' JSON mapper included, made it slower than a whole small run).
     */
    static CommandLine tree(Distsim root, String... args) {
        String named = null;
        boolean version = false;
        boolean help = false;
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                named = arg;
                break;
            }
            version |= arg.equals("--version") || arg.equals("-V");
            help |= arg.equals("--help") || arg.equals("-h");
        }
        CommandLine commandLine = new CommandLine(root);
        if (named == null && version && !help) {
            return commandLine;
        }
        for (Class<?> command : COMMANDS) {
            if (command != CommandLine.HelpCommand.class && name(command).equals(named)) {
                return commandLine.addSubcommand(command);
            }
        }
        for (Class<?> command : COMMANDS) {
            commandLine.addSubcommand(command);
        }
        return commandLine;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    static CommandLine configure(CommandLine commandLine) {
        return commandLine.setParameterExceptionHandler(Distsim::usageError);
    }

    /** {@code distsim} alone: show what it can do, on stderr, and report a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    /** The environment the command reads ({@code DISTSIM_CLUSTER_SECRET}, {@code DISTSIM_DEBUG}). */
    Function<String, String> environment() {
        return environment;
    }

    /** Whether internal errors print their stack trace: {@code --debug} or {@code DISTSIM_DEBUG=1}. */
    boolean debug() {
        String env = environment.apply(DEBUG_ENV);
        return debug || (env != null && !env.isEmpty() && !env.equals("0") && !env.equalsIgnoreCase("false"));
    }

    /**
     * A bad option or argument: one line saying what is wrong, "did you mean" suggestions when
     * picocli has them, and where to find the usage, instead of the whole usage text.
     */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("error: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("see '" + commandLine.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
