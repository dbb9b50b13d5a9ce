package org.distsim.models.rpc;

import org.distsim.core.kernel.Message;

/**
 * The answer to a {@link HealthProbe}: the node is up.
 *
 * @param id the id of the probe it answers
 */
public record HealthReply(long id) implements Message {
}
