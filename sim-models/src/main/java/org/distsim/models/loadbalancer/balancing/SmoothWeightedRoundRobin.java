package org.distsim.models.loadbalancer.balancing;

/**
 * nginx's smooth weighted round robin. Each pick adds every eligible backend's weight to its
 * current weight, chooses the backend with the largest current weight (the lowest index among
 * equals) and lowers the chosen one's current weight by the total of the eligible weights. The
 * current weights of the eligible backends therefore sum to zero after every pick, and over
 * {@code Σw} consecutive picks with integer weights and a fixed eligible set each backend is chosen
 * exactly {@code w} times, spread out rather than in runs.
 *
 * <p>Eligible means healthy with a positive weight; unhealthy backends keep their current weight
 * untouched, as in nginx. When the number of backends changes, all current weights restart at
 * zero, as nginx does on reconfiguration.
 */
public final class SmoothWeightedRoundRobin implements BalancingStrategy {

    private double[] current = new double[0];

    @Override
    public int choose(Backends backends, long requestKey) {
        int count = backends.count();
        if (current.length != count) {
            current = new double[count];
        }
        double total = 0;
        int best = -1;
        for (int i = 0; i < count; i++) {
            double weight = backends.weight(i);
            if (!backends.healthy(i) || weight <= 0) {
                continue;
            }
            current[i] += weight;
            total += weight;
            if (best < 0 || current[i] > current[best]) {
                best = i;
            }
        }
        if (best >= 0) {
            current[best] -= total;
        }
        return best;
    }

    @Override
    public String name() {
        return "weighted-round-robin";
    }
}
