package org.distsim.core.inject;

import org.distsim.core.kernel.Message;

/**
 * Tells a workload to send {@code factor} times its configured load from now on (1 is the
 * configured load); sent by the {@link FaultInjector} for a {@link org.distsim.core.fault.Fault.LoadSpike}. A workload
 * that is down when it arrives misses it, like any other message.
 *
 * @param factor  the multiplier of the arrival rate, &gt; 0 and finite
 */
public record LoadFactor(double factor) implements Message {

    public LoadFactor {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("a load factor must be positive and finite, got " + factor);
        }
    }
}
