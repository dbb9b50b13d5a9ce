package org.distsim.models.scenario;

import java.util.Objects;
import org.distsim.core.random.Distribution;
import org.distsim.models.format.Knob;

/**
 * The network every message crosses: the {@code network:} section of a scenario.
 *
 * @param latency  one-way delay of each message, in nanoseconds
 * @param loss     probability that a message is dropped, in [0, 1]
 */
public record NetworkSpec(
        @Knob(doc = "One-way delay of every message between two endpoints, drawn per message.",
                defaultValue = "0ms")
        Distribution latency,
        @Knob(doc = "Probability that a message is lost on the way, independently of the others.",
                defaultValue = "0", format = Knob.Format.PROBABILITY)
        double loss) {

    public NetworkSpec {
        Objects.requireNonNull(latency, "latency");
        if (!(loss >= 0 && loss <= 1)) {
            throw new IllegalArgumentException("loss must be a probability in [0, 1], got " + loss);
        }
    }
}
