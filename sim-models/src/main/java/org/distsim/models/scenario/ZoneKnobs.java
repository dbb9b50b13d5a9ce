package org.distsim.models.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.net.NetworkFigures;
import org.distsim.models.format.Bandwidth;
import org.distsim.models.format.Knob;

/**
 * Where a node or workload runs: the keys {@code zone:} and {@code zones:} beside its
 * {@code type:}, read by {@link ZoneBinder}. Declared as knobs so the reference and the schema
 * describe them like any other key.
 *
 * @param zone   the zone of the node or workload; on a group node, of its front, and of its members
 *               unless {@code zones} spreads them; null for none
 * @param zones  for a group node, the zones its members are spread over in turn; null for none
 * @param bandwidth  the bandwidth of the node's network interface, each direction; on a group node,
 *               of its front's and of each member's; null for no limit
 */
public record ZoneKnobs(
        @Knob(doc = "The zone (region, availability zone, data centre) it runs in; network.links give the"
                + " latency between zones. On a group node, the zone of the node and of its members, unless"
                + " zones: spreads them.", optional = true)
        String zone,
        @Knob(doc = "Group nodes and templates (count:) only: the zones the members or copies are spread over"
                + " in turn (the i-th in the i-th zone, starting again after the last); a group node itself (its"
                + " front, the clients' driver) is in zone:, or in none.", optional = true)
        List<String> zones,
        @Knob(doc = "Nodes only: the bandwidth of the node's network interface (1 Gbit/s), each direction (out,"
                + " in) a FIFO server whose service time is a message's size / bandwidth; on a group node, of the"
                + " front and of each member. Its figures are the node's nic_out_* and nic_in_*. Leave it out for"
                + " no limit.", optional = true)
        Bandwidth bandwidth) {

    /** The reference's introduction to zones. */
    public static final String DOC = "Any node or workload may have `zone:` beside its `type:`, the zone (region,"
            + " availability zone, data centre) it runs in; a group node may also spread its members over `zones:` in"
            + " turn (its own `zone:` is then its front's), and a template (`count:`) its copies. `network.links` then"
            + " give the latency between zones (`between: [zone:us-east, zone:eu-west]`), within one (the same zone"
            + " twice) or between named nodes; a message no link matches takes `network.latency`. A partition may name"
            + " `zone:NAME` for every node and workload of a zone (a place: a node or workload name, or `zone:NAME`)."
            + " A link's latency draws come from the sender's stream `net-latency:<link>`, so a scenario without links"
            + " draws what it drew before, and a link changes no draw of a sender none of whose messages it matches."
            + " Sizes and bandwidth: a workload's `request-size:` and `response-size:` give what its requests and"
            + " their answers weigh (a database's `response-size:` overrides the answer of its reads); a size costs"
            + " time only where a link (`network.links[].bandwidth`) or a node (`bandwidth:`) has a bandwidth. Each"
            + " direction of such a link, and each side (out, in) of such a node's interface, is one FIFO server"
            + " whose service time is size / bandwidth: a message waits for the ones sent before it, then its"
            + " transfer, then the latency (propagation). On a path with several, a message is booked on each in"
            + " turn, in the order of sending (store and forward). Without sizes or bandwidths, nothing changes."
            + " One message weighs at most 1TB: a larger size is refused where it is written, and a larger draw of a"
            + " distribution is cut to 1TB.";

    /** What the reference says before the figures of {@link #FIGURES}. */
    public static final String FIGURES_INTRO = "Figures the network adds to each node with a zone, when there are two zones"
            + " or more:";

    /** The figures the network records on zoned nodes. */
    public static final List<FigureSpec> FIGURES = List.of(NetworkFigures.CROSS_ZONE);

    /** What the reference says before the figures of {@link #LINK_FIGURES}. */
    public static final String LINK_FIGURES_INTRO = "Figures of each direction of a link with a bandwidth, which"
            + " appears among the nodes as `nodes.\"link <from>><to>\"` (type `link`, its ends as written: `link"
            + " zone:eu>zone:us`):";

    /** The figures of a link direction. */
    public static final List<FigureSpec> LINK_FIGURES = NetworkFigures.LINK;

    /** What the reference says before the figures of {@link #INTERFACE_FIGURES}. */
    public static final String INTERFACE_FIGURES_INTRO = "Figures the network adds to each node with a bandwidth:";

    /** The figures the network records on nodes with a bandwidth. */
    public static final List<FigureSpec> INTERFACE_FIGURES = NetworkFigures.NIC;

    /** The tables of the network's figures, by the sentence before each, in the reference's order. */
    public static final Map<String, List<FigureSpec>> FIGURE_TABLES = tables();

    /** The keys, as the binder must not report them as unknown. */
    static final List<String> KEYS = List.of("zone", "zones", "bandwidth");

    private static Map<String, List<FigureSpec>> tables() {
        Map<String, List<FigureSpec>> tables = new LinkedHashMap<>();
        tables.put(FIGURES_INTRO, FIGURES);
        tables.put(LINK_FIGURES_INTRO, LINK_FIGURES);
        tables.put(INTERFACE_FIGURES_INTRO, INTERFACE_FIGURES);
        return Collections.unmodifiableMap(tables);
    }

    public ZoneKnobs {
        zones = zones == null ? null : List.copyOf(zones);
        if (zones != null && zones.isEmpty()) {
            throw new IllegalArgumentException("zones: needs at least one zone");
        }
    }
}
