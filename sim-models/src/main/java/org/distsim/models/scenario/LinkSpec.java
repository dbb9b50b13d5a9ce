package org.distsim.models.scenario;

import java.util.List;
import java.util.Objects;
import org.distsim.core.random.Distribution;
import org.distsim.models.format.Bandwidth;
import org.distsim.models.format.Knob;

/**
 * One entry of {@code network.links}: the latency between two places, each a node, a workload or
 * every actor of a zone ({@code zone:eu-west}). Naming a group node names its front and its
 * members. Both ends may name the same zone, for the latency within it.
 *
 * @param between  the two places, as written
 * @param latency  the one-way delay of each message between them, in nanoseconds
 * @param oneWay   whether the rule holds only from the first place to the second
 * @param bandwidth  how fast each direction puts bytes on the wire; null for no limit
 */
public record LinkSpec(
        @Knob(doc = "The two ends: node or workload names, or zone:NAME for every node and workload of a zone;"
                + " name one zone twice for the latency within it. A group node stands for its front and its"
                + " members.", format = Knob.Format.PLACE_REF)
        List<String> between,
        @Knob(doc = "One-way delay of each message between the two ends, drawn per message.")
        Distribution latency,
        @Knob(doc = "The latency holds only from the first end to the second; the other way keeps its own.",
                defaultValue = "false")
        boolean oneWay,
        @Knob(doc = "How fast each direction carries bytes (1 Gbit/s, 100 MB/s): each direction is one FIFO"
                + " server whose service time is a message's size / bandwidth, before the latency, so a saturated"
                + " link queues. Its figures appear as a node of type link per direction. Leave it out for no"
                + " limit.", optional = true)
        Bandwidth bandwidth) {

    /** A link without a bandwidth limit. */
    public LinkSpec(List<String> between, Distribution latency, boolean oneWay) {
        this(between, latency, oneWay, null);
    }


    public LinkSpec {
        between = List.copyOf(between);
        Objects.requireNonNull(latency, "latency");
        if (between.size() != 2) {
            throw new IllegalArgumentException("a link has two ends, got " + between.size()
                    + "; write between: [zone:a, zone:b]");
        }
    }
}
