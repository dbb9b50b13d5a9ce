package org.distsim.cluster.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;
import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * The only class that travels to a member: a sealed task as bytes. It is
 * {@link IdentifiedDataSerializable}, so Hazelcast rebuilds it through
 * {@link HazelcastSetup#FACTORY_ID}'s factory and never through Java deserialization, and on the
 * member it hands the bytes to the worker's {@link TaskHandler}.
 */
public final class RunCallable implements Callable<byte[]>, IdentifiedDataSerializable, HazelcastInstanceAware {

    static final int CLASS_ID = 1;

    private byte[] task;
    private transient HazelcastInstance member;

    /** For the factory. */
    RunCallable() {
    }

    public RunCallable(byte[] sealedTask) {
        this.task = sealedTask.clone();
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.member = instance;
    }

    @Override
    public byte[] call() {
        Object handler = member == null ? null : member.getUserContext().get(TaskHandler.KEY);
        if (!(handler instanceof TaskHandler tasks)) {
            // Only a member started by distsim worker has a handler; anything else is misconfigured.
            throw new IllegalStateException("this Hazelcast member is not a distsim worker");
        }
        return tasks.handle(task);
    }

    @Override
    public int getFactoryId() {
        return HazelcastSetup.FACTORY_ID;
    }

    @Override
    public int getClassId() {
        return CLASS_ID;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeByteArray(task);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        task = in.readByteArray();
    }
}
