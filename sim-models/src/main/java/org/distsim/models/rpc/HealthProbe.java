package org.distsim.models.rpc;

import org.distsim.core.kernel.Message;

/**
 * An active health check: "are you up?". Every node that can stand behind a load balancer answers
 * it at once with {@link #reply()}, without queueing it behind requests, the way a health
 * endpoint answers from its own thread. A crashed node receives nothing and so answers nothing:
 * that silence is what the prober measures.
 *
 * @param id unique per prober, to match the reply
 */
public record HealthProbe(long id) implements Message {

    /** The answer to this probe, to send back to its sender. */
    public HealthReply reply() {
        return new HealthReply(id);
    }
}
