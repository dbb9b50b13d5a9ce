package org.distsim.cli.batch;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * A batch on a cluster failed on the cluster's side: a run failed on a member (a bug, as it would
 * be locally), a member ran out of heap, or the cluster given with {@code --cluster} cannot run
 * the batch (no member accepted, the connection lost). The command prints the message;
 * {@link #bug()} says whether to ask for a bug report, {@link #unusableCluster()} whether the
 * cluster is what the user must fix, and under {@code --debug} the stack trace ends with the
 * member's.
 */
public final class RemoteFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean bug;
    private final boolean unusableCluster;
    private final String detail;

    /**
     * @param bug     whether a run threw on a member (a bug in distsim)
     * @param detail  the member's stack trace, or empty
     */
    public RemoteFailure(String message, boolean bug, String detail) {
        this(message, bug, false, detail);
    }

    private RemoteFailure(String message, boolean bug, boolean unusableCluster, String detail) {
        super(message);
        this.bug = bug;
        this.unusableCluster = unusableCluster;
        this.detail = detail;
    }

    /** The cluster cannot run the batch: every member refused, or the connection to it was lost. */
    public static RemoteFailure unusableCluster(String message) {
        return new RemoteFailure(message, false, true, "");
    }

    /** Whether this is a bug in distsim (a run threw), rather than a lack of memory or of a cluster. */
    public boolean bug() {
        return bug;
    }

    /** Whether the cluster given with {@code --cluster} cannot run the batch: the user's setup to fix. */
    public boolean unusableCluster() {
        return unusableCluster;
    }

    @Override
    public void printStackTrace(PrintWriter out) {
        super.printStackTrace(out);
        if (!detail.isEmpty()) {
            out.println("on the member:");
            out.print(detail);
        }
    }

    @Override
    public void printStackTrace(PrintStream out) {
        super.printStackTrace(out);
        if (!detail.isEmpty()) {
            out.println("on the member:");
            out.print(detail);
        }
    }
}
