package org.distsim.core.inject;

import java.util.Arrays;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.WorkScale;

/**
 * How slow each node runs now: 1 is normal, 3 makes every piece of work three times longer. Set by
 * slow-node faults through the {@link FaultInjector}; installed as the simulation's {@link
 * WorkScale}, so it applies wherever a component times its work ({@code context.workNanos}), and
 * only there.
 */
public final class NodeSpeeds implements WorkScale {

    private double[] slowdown = new double[0];

    @Override
    public double factor(ActorRef actor) {
        int i = actor.index();
        return i < slowdown.length ? slowdown[i] : 1.0;
    }

    /** The slow-down of a node now (1 = normal speed). */
    public double slowdown(ActorRef actor) {
        return factor(actor);
    }

    /** Makes every piece of work on the node {@code factor} times longer (1 = normal speed). */
    public void set(ActorRef actor, double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("slow-down factor must be positive and finite, got " + factor);
        }
        int i = actor.index();
        if (i >= slowdown.length) {
            int old = slowdown.length;
            slowdown = Arrays.copyOf(slowdown, Math.max(i + 1, 2 * old));
            Arrays.fill(slowdown, old, slowdown.length, 1.0);
        }
        slowdown[i] = factor;
    }
}
