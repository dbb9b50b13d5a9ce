package org.distsim.models.replication;

import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;
import org.distsim.models.scenario.Group;

/**
 * A member of a leaderless (quorum) replicated database. Not modelled in this branch: it refuses
 * every request with {@code unavailable}. The quorum model (N, R, W, read repair) replaces this
 * class.
 */
public final class LeaderlessReplica implements Actor {

    private final ActorContext context;

    public LeaderlessReplica(ActorContext context, ReplicatedDatabaseConfig config, Group group, int index) {
        this.context = context;
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (message instanceof Request request) {
            context.send(from, Response.failed(request.id(), "unavailable"));
        }
    }
}
