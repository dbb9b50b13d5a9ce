package org.distsim.models.loadbalancer.balancing;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The healthy backend with the fewest requests in flight. Ties go to the lowest index when built
 * without a random provider, or to a uniformly random one of the tied backends when given one
 * (reservoir sampling over the ties in a single pass). Weights are ignored.
 *
 * <p>The random tie-break matters at light load, when most backends have nothing in flight: the
 * lowest-index rule would then send nearly every request to backend 0.
 */
public final class LeastConnections implements BalancingStrategy {

    private final UniformRandomProvider rng;

    /** Ties go to the lowest index. */
    public LeastConnections() {
        this.rng = null;
    }

    /** Ties go to a uniformly random tied backend, drawn from {@code rng}. */
    public LeastConnections(UniformRandomProvider rng) {
        this.rng = Objects.requireNonNull(rng, "rng");
    }

    @Override
    public int choose(Backends backends, long requestKey) {
        int best = -1;
        int bestActive = Integer.MAX_VALUE;
        int ties = 0;
        for (int i = 0; i < backends.count(); i++) {
            if (!backends.healthy(i)) {
                continue;
            }
            int active = backends.activeRequests(i);
            if (best < 0 || active < bestActive) {
                best = i;
                bestActive = active;
                ties = 1;
            } else if (active == bestActive && rng != null && rng.nextInt(++ties) == 0) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public String name() {
        return "least-connections";
    }
}
