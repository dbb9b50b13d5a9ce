package org.distsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import org.distsim.cluster.access.BuildIdentity;
import org.distsim.cluster.access.ClusterAccess;
import org.distsim.cluster.access.Endpoint;
import org.distsim.cluster.worker.Worker;
import org.distsim.cluster.worker.WorkerException;
import org.distsim.cluster.worker.WorkerListener;
import org.distsim.cluster.worker.WorkerSettings;

/**
 * The body of {@code distsim worker}: starts the member, prints its address, the members and every
 * change, and on Ctrl-C or SIGTERM leaves the cluster and says how many runs it did.
 */
final class WorkerRun {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Function<String, String> environment;

    WorkerRun(PrintWriter out, PrintWriter err, Function<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    /** Runs the worker until the process is told to stop; the exit code. */
    int run(String join, int port, String bind, int slots, String clusterName, boolean verbose) throws UserError {
        List<Endpoint> members = joinList(join);
        String address = bindAddress(bind, members);
        ClusterAccess access;
        try {
            access = ClusterAccess.of(clusterName, environment);
        } catch (IllegalArgumentException e) {
            throw new UserError("--cluster-name: " + e.getMessage());
        }
        Worker worker;
        try {
            worker = Worker.start(new WorkerSettings(access, address, port, members, slots, verbose), listener());
        } catch (WorkerException e) {
            throw new UserError(e.getMessage());
        }
        String slotCount = slots + (slots == 1 ? " run slot" : " run slots");
        line(out, "distsim worker " + worker.address() + " in cluster " + access.name() + " (" + slotCount + ", "
                + BuildIdentity.current().describe() + ")");
        line(out, "members (" + worker.members().size() + "): " + String.join(", ", worker.members()));
        if (!access.hasSecret()) {
            line(err, "note: " + ClusterAccess.SECRET_ENV + " is not set, so any distsim that can reach "
                    + worker.address() + " and knows the cluster name can send this worker runs (see docs/cluster.md)");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            line(out, "stopping: leaving the cluster");
            worker.stop();
            line(out, "stopped after " + worker.tasksRun() + " runs");
        }, "distsim-worker-stop"));
        try {
            worker.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    private static List<Endpoint> joinList(String join) throws UserError {
        if (join == null || join.isBlank()) {
            return List.of();
        }
        try {
            return Endpoint.parseList("--join", join);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** --bind, or 127.0.0.1 when every member to join is on this machine; never every interface. */
    private static String bindAddress(String bind, List<Endpoint> members) throws UserError {
        if (bind != null) {
            return bind;
        }
        if (members.stream().allMatch(Endpoint::isLoopback)) {
            return "127.0.0.1";
        }
        throw new UserError("--bind ADDR is needed to join other machines: the address of this machine that the"
                + " other members and the coordinator reach (for example 10.0.0.5); a worker never listens on every"
                + " interface");
    }

    private WorkerListener listener() {
        return new WorkerListener() {
            @Override
            public void membersChanged(String change, List<String> members) {
                if (!change.equals("started")) {
                    line(out, change + "; members (" + members.size() + "): " + String.join(", ", members));
                }
            }

            @Override
            public void incompatibleMember(String member, String difference) {
                line(err, "warning: member " + member + " runs " + difference
                        + "; coordinators will refuse one of you. Run the same distsim.jar on every machine");
            }

            @Override
            public void coordinator(String address, boolean connected) {
                line(out, "coordinator " + address + (connected ? " connected" : " disconnected"));
            }

            @Override
            public void taskRefused(String reason) {
                line(err, "refused a task: " + reason);
            }
        };
    }

    private static void line(PrintWriter writer, String text) {
        synchronized (writer) {
            writer.println(text);
            writer.flush();
        }
    }
}
