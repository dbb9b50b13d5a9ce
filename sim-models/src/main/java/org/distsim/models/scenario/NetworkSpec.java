package org.distsim.models.scenario;

import java.util.List;
import java.util.Objects;
import org.distsim.core.random.Distribution;
import org.distsim.models.format.Knob;

/**
 * The network every message crosses: the {@code network:} section of a scenario.
 *
 * @param latency  one-way delay of each message no link rule matches, in nanoseconds
 * @param loss     probability that a message is dropped, in [0, 1]
 * @param links    latency rules between zones, within a zone or between named nodes, in file order;
 *                 empty when none
 */
public record NetworkSpec(
        @Knob(doc = "One-way delay of every message between two endpoints, drawn per message; with links, of"
                + " every message no link matches.", defaultValue = "0ms")
        Distribution latency,
        @Knob(doc = "Probability that a message is lost on the way, independently of the others.",
                defaultValue = "0", format = Knob.Format.PROBABILITY)
        double loss,
        @Knob(doc = "Latency by place: [{between: [zone:us-east, zone:eu-west], latency: 40ms}, ...]. A link"
                + " holds both ways unless one-way; one naming nodes beats one naming zones, and among equals"
                + " the first wins. Each draws from the sender's stream net-latency:<end>~<end>.", defaultValue = "[]")
        List<LinkSpec> links) {

    /** A network without link rules. */
    public NetworkSpec(Distribution latency, double loss) {
        this(latency, loss, List.of());
    }

    public NetworkSpec {
        links = links == null ? List.of() : List.copyOf(links);
        Objects.requireNonNull(latency, "latency");
        if (!(loss >= 0 && loss <= 1)) {
            throw new IllegalArgumentException("loss must be a probability in [0, 1], got " + loss);
        }
    }
}
