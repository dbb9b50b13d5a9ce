package org.distsim.models.loadbalancer.balancing;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Two distinct healthy backends drawn uniformly (every unordered pair equally likely), and the one
 * with fewer requests in flight chosen; on a tie, the first drawn. With a single healthy backend,
 * that one. Consequently the chosen backend never has more requests in flight than the other one
 * drawn, and a backend that is strictly the most loaded of the healthy ones is never chosen while
 * another healthy backend exists. Weights are ignored.
 */
public final class PowerOfTwoChoices implements BalancingStrategy {

    private final UniformRandomProvider rng;
    private int[] healthyIndices = new int[8];

    public PowerOfTwoChoices(UniformRandomProvider rng) {
        this.rng = Objects.requireNonNull(rng, "rng");
    }

    @Override
    public int choose(Backends backends, long requestKey) {
        int count = backends.count();
        if (healthyIndices.length < count) {
            healthyIndices = Arrays.copyOf(healthyIndices, Math.max(count, healthyIndices.length * 2));
        }
        int healthy = 0;
        for (int i = 0; i < count; i++) {
            if (backends.healthy(i)) {
                healthyIndices[healthy++] = i;
            }
        }
        if (healthy <= 1) {
            return healthy == 0 ? -1 : healthyIndices[0];
        }
        int first = rng.nextInt(healthy);
        int second = rng.nextInt(healthy - 1);
        if (second >= first) {
            second++;
        }
        int a = healthyIndices[first];
        int b = healthyIndices[second];
        return backends.activeRequests(b) < backends.activeRequests(a) ? b : a;
    }

    @Override
    public String name() {
        return "power-of-two-choices";
    }
}
