package org.distsim.cli;

/**
 * What {@code distsim} exits with. The {@code *_HELP} lines are shown under "Exit codes:" in every
 * command's {@code --help}; they are constants so that the annotations can share them.
 */
final class ExitCodes {

    /** The command did what was asked. */
    static final int OK = 0;
    /** A service-level objective of the scenario's {@code slo:} was broken ({@code distsim run}). */
    static final int SLO_BROKEN = 1;
    /** The scenario, a command-line argument or an output path is wrong; the message says what. */
    static final int BAD_INPUT = 2;
    /** A bug in distsim, including a run that broke one of the invariants checked at its end. */
    static final int INTERNAL = 3;
    /**
     * A limit stopped the run before its end (an overloaded node's backlog, the events or pending
     * events a run may have): the report was written, covering the simulated time before the stop
     * and marked as stopped early ({@code distsim run}).
     */
    static final int STOPPED = 4;
    /**
     * Ctrl-C (or SIGTERM) stopped a run, replications or a sweep; what had been simulated or had
     * finished was written, marked partial (128 + SIGINT).
     */
    static final int INTERRUPTED = 130;

    static final String OK_HELP = "0:success";
    static final String SLO_HELP = "1:an SLO of the scenario (slo:) was broken; the report says which";
    static final String BAD_INPUT_HELP = "2:bad input: the scenario, a command-line argument or an output path";
    static final String INTERNAL_HELP = "3:internal error or broken invariant: a bug in distsim (please report it)";
    static final String STOPPED_HELP = "4:a limit stopped the run early (an overloaded node, too many events): the"
            + " report covers the time before the stop and says so";
    static final String INTERRUPTED_HELP = "130:interrupted (Ctrl-C, SIGTERM): what was simulated or finished was"
            + " written, marked partial";

    private ExitCodes() {
    }
}
