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
        int healthy = backends.healthyCount();
        if (healthy == 0) {
            return -1;
        }
        return backends.nthHealthy(rng.nextInt(healthy));
    }

    @Override
    public String name() {
        return "random";
    }
}
