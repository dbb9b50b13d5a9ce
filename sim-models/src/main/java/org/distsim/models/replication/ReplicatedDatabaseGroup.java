package org.distsim.models.replication;

import java.util.List;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.models.format.Group;
import org.distsim.models.format.GroupFactory;

/**
 * The {@code replicated-database} node type: a front named after the node ({@link DatabaseFront})
 * and {@code replicas} members {@code <node>-1 .. <node>-N} of type {@code database-replica},
 * whose behaviour the {@code replication} knob picks.
 */
public final class ReplicatedDatabaseGroup implements GroupFactory<ReplicatedDatabaseConfig> {

    @Override
    public String sizeKnob() {
        return "replicas";
    }

    @Override
    public int size(ReplicatedDatabaseConfig config) {
        return config.replicas();
    }

    @Override
    public List<FigureSpec> memberFigures() {
        return ReplicationFigures.MEMBER;
    }

    @Override
    public String memberType() {
        return "database-replica";
    }

    @Override
    public Object newRunState(ReplicatedDatabaseConfig config) {
        return new ReplicationLedger();
    }

    @Override
    public Actor front(ActorContext context, ReplicatedDatabaseConfig config, Group group) {
        return new DatabaseFront(context, config, group);
    }

    @Override
    public Actor member(ActorContext context, ReplicatedDatabaseConfig config, Group group, int index) {
        return switch (config.replication()) {
            case LEADER_FOLLOWER -> new LeaderFollowerMember(context, config, group, index);
            case MULTI_LEADER -> new MultiLeaderMember(context, config, group, index);
            case LEADERLESS -> new LeaderlessReplica(context, config, group, index);
        };
    }
}
