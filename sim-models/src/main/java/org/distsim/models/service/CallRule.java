package org.distsim.models.service;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.metrics.NodeMetrics;

/**
 * One entry of a service's {@code calls:} list as the running service applies it: whether a request
 * makes the call (its origins, its probability), on which earlier call's outcome it waits, and
 * which target it goes to (its target, or one of its route's targets by weight).
 *
 * <p>Each random decision draws from a stream of the call's own, {@code branch.<name>} for the
 * probability and {@code route.<name>} for the route, and only when the call has one; so a branching
 * call added to a service changes no other draw of the run. A name used twice in one list gets
 * {@code #2}, {@code #3} ... on its later streams, so that two calls never draw the same numbers.
 */
final class CallRule {

    final int index;
    final DependencyCall config;
    /** One per target: the call's target, or its route's targets in the order written. */
    final List<Dependency> targets = new ArrayList<>(1);
    /** The index of the call whose outcome this one waits for; -1 when it has no {@code on:}. */
    final int onIndex;
    /** The running sums of the route's weights, divided by their total; empty without a route. */
    private final double[] cumulative;
    /** Null when the call is made for every request it applies to. */
    private final UniformRandomProvider branch;
    /** Null when the call has one target. */
    private final UniformRandomProvider route;

    /**
     * @param index    the call's position in {@code calls:}
     * @param onIndex  the position of the call named by its {@code on:}, or -1
     * @param streamId the call's name, made unique within the list, for its streams
     */
    CallRule(int index, DependencyCall config, int onIndex, String streamId, ActorContext context,
            NodeMetrics metrics) {
        this.index = index;
        this.config = config;
        this.onIndex = onIndex;
        for (String target : config.targets()) {
            targets.add(new Dependency(config, target, context, metrics));
        }
        this.cumulative = new double[config.route().size()];
        double total = config.route().stream().mapToDouble(RouteChoice::weight).sum();
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += config.route().get(i).weight();
            cumulative[i] = sum / total;
        }
        this.branch = config.probability() < 1 ? context.random("branch." + streamId) : null;
        this.route = targets.size() > 1 ? context.random("route." + streamId) : null;
    }

    /** Whether a request from {@code origin} makes this call: its workload is among the origins, if any are named. */
    boolean appliesTo(ActorRef origin) {
        List<String> origins = config.origins();
        return origins.isEmpty() || (origin != null && origins.contains(origin.name()));
    }

    /** Whether the probability draws this request in: one draw per request the call applies to. */
    boolean drawn() {
        return branch == null || branch.nextDouble() < config.probability();
    }

    /** The target of this request's call: one draw per request the call applies to when it has a route. */
    Dependency pick() {
        if (route == null) {
            return targets.get(0);
        }
        double u = route.nextDouble();
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return targets.get(i);
            }
        }
        return targets.get(cumulative.length - 1);
    }
}
