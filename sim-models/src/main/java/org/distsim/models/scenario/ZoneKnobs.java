package org.distsim.models.scenario;

import java.util.List;
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

    /** The keys, as the binder must not report them as unknown. */
    static final List<String> KEYS = List.of("zone", "zones");

    public ZoneKnobs {
        zones = zones == null ? null : List.copyOf(zones);
        if (zones != null && zones.isEmpty()) {
            throw new IllegalArgumentException("zones: needs at least one zone");
        }
    }
}
