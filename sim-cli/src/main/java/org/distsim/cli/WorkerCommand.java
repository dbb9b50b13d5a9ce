package org.distsim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code distsim worker}: a member of a distsim cluster, which runs the replications and sweep
 * points that {@code run --replications N --cluster ...} and {@code sweep --cluster ...} send it.
 * It prints its address and the members it sees, and every change; Ctrl-C or SIGTERM makes it
 * leave the cluster (the runs it had under way go to other members) and exit.
 */
@Command(name = "worker",
        description = {
            "Run a cluster member that takes replications and sweep points from distsim run/sweep --cluster.",
            "Start one per machine (or per core group), all with the same --join list and cluster name;",
            "the secret, if any, comes from the environment variable DISTSIM_CLUSTER_SECRET.",
            "Copy the same distsim.jar to every machine: members of another build are refused.",
            "Listens only on --bind; finds the others only through --join (no multicast). See docs/cluster.md."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./distsim worker                                  # first member, port 5701",
            "  ./distsim worker --port 5702 --join 127.0.0.1:5701 # a second one here",
            "  ./distsim worker --bind 10.0.0.5 --join 10.0.0.4:5701,10.0.0.5:5701",
            ""
        })
final class WorkerCommand extends GuardedCommand {

    @Option(names = "--join", paramLabel = "HOST:PORT[,...]",
            description = "Members to contact when starting (any that are up will do); none to start a new cluster.")
    private String join;

    @Option(names = "--port", paramLabel = "P", defaultValue = "5701",
            description = "The port to listen on (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDR",
            description = "This machine's address to listen on and give to the others: the only interface used."
                    + " Default 127.0.0.1, which is enough when every --join address is on this machine.")
    private String bind;

    @Option(names = "--threads", paramLabel = "N",
            description = "Runs taken at once (default: the number of processors).")
    private Integer threads;

    @Option(names = "--cluster-name", paramLabel = "NAME",
            description = "The cluster's name (default: distsim).")
    private String clusterName;

    @Option(names = "--verbose", description = "Show Hazelcast's own log too.")
    private boolean verbose;

    @Override
    int execute() throws UserError {
        if (port < 1 || port > 65535) {
            throw new UserError("--port must be from 1 to 65535, got " + port);
        }
        int slots = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (slots < 1 || slots > 1024) {
            throw new UserError("--threads must be from 1 to 1024, got " + slots);
        }
        // Everything that touches sim-cluster is in WorkerRun, so that merely parsing a command line
        // (picocli builds every subcommand) loads none of it.
        return new WorkerRun(spec.commandLine().getOut(), spec.commandLine().getErr(), environment())
                .run(join, port, bind, slots, clusterName, verbose);
    }
}
