/**
 * The {@code distsim} command line: {@code distsim run} and {@code distsim validate}, built with
 * picocli and shipped as one executable jar ({@code sim-cli/target/distsim.jar}) that the
 * {@code ./distsim} script at the repository root builds and runs.
 *
 * <h2>Commands</h2>
 * Each subcommand extends {@link org.distsim.cli.GuardedCommand} (help, version, the exit-code
 * list, errors mapped to exit codes by {@link org.distsim.cli.Outcomes}) and takes its shared
 * options from picocli mixins, so they read and behave the same everywhere:
 * {@link org.distsim.cli.ScenarioFile} (FILE, {@code --set}), {@link org.distsim.cli.ScenarioArgs}
 * (those and {@code --experiment}), {@link org.distsim.cli.SeedDurationArgs} ({@code --seed},
 * {@code --duration}) and {@link org.distsim.cli.BatchOptions} ({@code --replications},
 * {@code --threads}, {@code --no-progress}). Outputs are {@link org.distsim.cli.OutFile},
 * {@link org.distsim.cli.OutDirectory} or a batch's {@link org.distsim.cli.BatchSession}.
 *
 * <h2>Streams</h2>
 * Results go to stdout and nothing else does, so {@code distsim run s.yaml --format json > r.json}
 * is always clean JSON. Problems, warnings (a run stopped early by a limit) and notes go to stderr.
 *
 * <h2>Exit codes</h2>
 * {@link org.distsim.cli.ExitCodes}: 0 success; 1 an SLO was broken (reserved, not produced yet);
 * 2 bad input, meaning the scenario, a command-line argument or an output path, with a message
 * saying what to fix and never a stack trace; 3 an internal error, a bug in distsim, reported as
 * {@code error: <message>} plus a request to report it, with the stack trace only under
 * {@code --debug} or {@code DISTSIM_DEBUG=1}. A run whose result breaks one of the invariants
 * checked at the end of every run ({@code org.distsim.core.check}) is such a bug too: exit 3, with
 * the invariant, the scenario, the seed and a {@code reproduce with:} line.
 *
 * <h2>Reproducibility</h2>
 * Every run ends with the command that reproduces it ({@link org.distsim.cli.ReproduceCommand}):
 * the file as given, the seed actually used, and the {@code --set} and {@code --duration}
 * arguments as given.
 */
package org.distsim.cli;
