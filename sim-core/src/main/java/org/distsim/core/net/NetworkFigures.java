package org.distsim.core.net;

import java.util.List;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;

/** The figures the network records on the nodes that send through it, and on its links. */
public final class NetworkFigures {

    /** The type under which a link direction with a bandwidth appears among a run's nodes. */
    public static final String LINK_TYPE = "link";

    /**
     * Messages a node put on the wire to an actor of another zone, one instance per destination
     * zone; recorded only in a scenario with zones, and only on a node that has a zone.
     */
    public static final FigureSpec CROSS_ZONE = FigureSpec.count("cross_zone", Role.LOAD, "messages to zone",
            "Messages this node sent to an actor in another zone (the qualifier), counted when they leave"
                    + " (a message a partition or loss drops is not counted).").per(FigureSpec.Per.ZONE);

    public static final FigureSpec SENT_BYTES = FigureSpec.count("sent_bytes", Role.LOAD, "bytes sent",
            "Bytes put on this link direction, counted when their message is sent.").asHeadline();
    public static final FigureSpec UTILISATION = FigureSpec.ratio("utilisation", Role.LOAD, "utilisation",
            "Share of the measured time the link direction was sending: the load rho of a single FIFO server"
                    + " whose service time is size / bandwidth; never above 1, a saturated link queues.")
            .asHeadline();
    public static final FigureSpec WAIT_MEAN = FigureSpec.duration("transfer_wait_mean_ms", Unit.MILLISECONDS,
            Role.LATENCY, "transfer wait, mean", "Mean time a message waited for the messages before it to leave,"
                    + " zero waits included (W_q of the link's queue).");
    public static final FigureSpec WAIT_P99 = FigureSpec.duration("transfer_wait_p99_ms", Unit.MILLISECONDS,
            Role.LATENCY, "transfer wait, p99", "The 99th percentile of that wait.");

    public static final FigureSpec NIC_OUT_SENT_BYTES = FigureSpec.count("nic_out_bytes", Role.LOAD, "bytes out",
            "Bytes this node's interface put on the wire (its bandwidth: limits them).");
    public static final FigureSpec NIC_OUT_UTILISATION = FigureSpec.ratio("nic_out_utilisation", Role.LOAD,
            "interface out utilisation", "Share of the measured time the interface was sending; never above 1.");
    public static final FigureSpec NIC_OUT_WAIT_MEAN = FigureSpec.duration("nic_out_wait_mean_ms",
            Unit.MILLISECONDS, Role.LATENCY, "interface out wait, mean",
            "Mean time an outgoing message waited for the interface, zero waits included.");
    public static final FigureSpec NIC_OUT_WAIT_P99 = FigureSpec.duration("nic_out_wait_p99_ms", Unit.MILLISECONDS,
            Role.LATENCY, "interface out wait, p99", "The 99th percentile of that wait.");
    public static final FigureSpec NIC_IN_SENT_BYTES = FigureSpec.count("nic_in_bytes", Role.LOAD, "bytes in",
            "Bytes this node's interface took off the wire (its bandwidth: limits them).");
    public static final FigureSpec NIC_IN_UTILISATION = FigureSpec.ratio("nic_in_utilisation", Role.LOAD,
            "interface in utilisation", "Share of the measured time the interface was receiving; never above 1.");
    public static final FigureSpec NIC_IN_WAIT_MEAN = FigureSpec.duration("nic_in_wait_mean_ms", Unit.MILLISECONDS,
            Role.LATENCY, "interface in wait, mean",
            "Mean time an incoming message waited for the interface, zero waits included.");
    public static final FigureSpec NIC_IN_WAIT_P99 = FigureSpec.duration("nic_in_wait_p99_ms", Unit.MILLISECONDS,
            Role.LATENCY, "interface in wait, p99", "The 99th percentile of that wait.");

    /** The figures of a link direction, in the order they are registered. */
    public static final List<FigureSpec> LINK = List.of(SENT_BYTES, UTILISATION, WAIT_MEAN, WAIT_P99);

    /** The figures of a node's interface, in the order they are registered. */
    public static final List<FigureSpec> NIC = List.of(NIC_OUT_SENT_BYTES, NIC_OUT_UTILISATION, NIC_OUT_WAIT_MEAN,
            NIC_OUT_WAIT_P99, NIC_IN_SENT_BYTES, NIC_IN_UTILISATION, NIC_IN_WAIT_MEAN, NIC_IN_WAIT_P99);

    static final PipeFigures LINK_PIPE = new PipeFigures(SENT_BYTES, UTILISATION, WAIT_MEAN, WAIT_P99);
    static final PipeFigures NIC_OUT = new PipeFigures(NIC_OUT_SENT_BYTES, NIC_OUT_UTILISATION, NIC_OUT_WAIT_MEAN,
            NIC_OUT_WAIT_P99);
    static final PipeFigures NIC_IN = new PipeFigures(NIC_IN_SENT_BYTES, NIC_IN_UTILISATION, NIC_IN_WAIT_MEAN,
            NIC_IN_WAIT_P99);

    private NetworkFigures() {
    }
}
