package org.distsim.models.loadbalancer.balancing;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/** A healthy backend chosen uniformly at random: one draw of {@code nextInt(h)} per pick among {@code h} healthy backends. */
public final class RandomChoice implements BalancingStrategy {

    private final UniformRandomProvider rng;

    public RandomChoice(UniformRandomProvider rng) {
        this.rng = Objects.requireNonNull(rng, "rng");
    }

    @Override
    public int choose(Backends backends, long requestKey) {
        int count = backends.count();
        int healthy = 0;
        for (int i = 0; i < count; i++) {
            if (backends.healthy(i)) {
                healthy++;
            }
        }
        if (healthy == 0) {
            return -1;
        }
        int target = rng.nextInt(healthy);
        for (int i = 0; i < count; i++) {
            if (backends.healthy(i) && target-- == 0) {
                return i;
            }
        }
        throw new AssertionError("the health of the backends changed while choosing");
    }

    @Override
    public String name() {
        return "random";
    }
}
