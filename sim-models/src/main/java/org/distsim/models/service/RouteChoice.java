package org.distsim.models.service;

import java.util.Objects;
import org.distsim.models.format.Branch;
import org.distsim.models.format.Knob;

/**
 * One target of a weighted route: a call with {@code route:} goes to one of its targets, chosen for
 * each request with a probability proportional to the weight (a canary getting one request in ten).
 *
 * @param target the node called when this choice is drawn
 * @param weight its weight relative to the other choices of the route; &gt; 0
 */
public record RouteChoice(
        @Knob(doc = "The node called when this choice is drawn.", format = Knob.Format.NODE_REF)
        String target,
        @Knob(doc = "The weight of this choice relative to the others of the route: a request goes here with"
                + " probability weight / sum of weights.", defaultValue = "1", min = "0", minExclusive = true,
                max = "1000000")
        double weight) implements Branch {

    @Override
    public double share() {
        return weight;
    }

    @Override
    public boolean exclusive() {
        return true;
    }

    public RouteChoice {
        Objects.requireNonNull(target, "target");
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("a route's weight must be a positive number, got " + weight);
        }
    }
}
