package org.distsim.models.scenario;

import java.util.List;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.net.NetworkFigures;
import org.distsim.models.format.Knob;

/**
 * Where a node or workload runs: the keys {@code zone:} and {@code zones:} beside its
 * {@code type:}, read by {@link ZoneBinder}. Declared as knobs so the reference and the schema
 * describe them like any other key.
 *
 * @param zone   the zone of the node or workload; on a group node, of its front, and of its members
 *               unless {@code zones} spreads them; null for none
 * @param zones  for a group node, the zones its members are spread over in turn; null for none
 */
public record ZoneKnobs(
        @Knob(doc = "The zone (region, availability zone, data centre) it runs in; network.links give the"
                + " latency between zones. On a group node, the zone of the node and of its members, unless"
                + " zones: spreads them.", optional = true)
        String zone,
        @Knob(doc = "Group nodes and templates (count:) only: the zones the members or copies are spread over"
                + " in turn (the i-th in the i-th zone, starting again after the last); a group node itself (its"
                + " front, the clients' driver) is in zone:, or in none.", optional = true)
        List<String> zones) {

    /** The reference's introduction to zones. */
    public static final String DOC = "Any node or workload may have `zone:` beside its `type:`, the zone (region,"
            + " availability zone, data centre) it runs in; a group node may also spread its members over `zones:` in"
            + " turn (its own `zone:` is then its front's), and a template (`count:`) its copies. `network.links` then"
            + " give the latency between zones (`between: [zone:us-east, zone:eu-west]`), within one (the same zone"
            + " twice) or between named nodes; a message no link matches takes `network.latency`. A partition may name"
            + " `zone:NAME` for every node and workload of a zone (a place: a node or workload name, or `zone:NAME`)."
            + " A link's latency draws come from the sender's stream `net-latency:<link>`, so a scenario without links"
            + " draws what it drew before, and a link changes no draw of a sender none of whose messages it matches.";

    /** What the reference says before the figures of {@link #FIGURES}. */
    public static final String FIGURES_INTRO = "Figures the network adds to each node with a zone, when there are two zones"
            + " or more:";

    /** The figures the network records on zoned nodes. */
    public static final List<FigureSpec> FIGURES = List.of(NetworkFigures.CROSS_ZONE);

    /** The keys, as the binder must not report them as unknown. */
    static final List<String> KEYS = List.of("zone", "zones");

    public ZoneKnobs {
        zones = zones == null ? null : List.copyOf(zones);
        if (zones != null && zones.isEmpty()) {
            throw new IllegalArgumentException("zones: needs at least one zone");
        }
    }
}
