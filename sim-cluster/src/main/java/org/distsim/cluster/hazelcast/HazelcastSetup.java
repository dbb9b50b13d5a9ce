package org.distsim.cluster.hazelcast;

import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.SerializationConfig;
import com.hazelcast.nio.serialization.DataSerializableFactory;
import java.util.function.BiConsumer;

/**
 * The Hazelcast settings that members and coordinators share: no phone-home, no shutdown hook of
 * Hazelcast's own (distsim's commands decide what a signal does), quiet logs, and a serialization
 * that knows {@link RunCallable} and refuses Java deserialization of anything outside Hazelcast's
 * default allow-list.
 */
public final class HazelcastSetup {

    /** The factory of distsim's {@code IdentifiedDataSerializable} classes. */
    public static final int FACTORY_ID = 0x0D15_7515;
    /** The executor that runs tasks on the members. */
    public static final String EXECUTOR = "distsim-runs";
    /** Member attribute: the member's {@code BuildIdentity}, encoded. */
    public static final String IDENTITY_ATTRIBUTE = "distsim.identity";
    /** Member attribute: how many runs the member takes at once. */
    public static final String SLOTS_ATTRIBUTE = "distsim.slots";

    private static final String LOGGING = "hazelcast.logging.type";

    private HazelcastSetup() {
    }

    /**
     * Applies the shared properties through {@code property} (a member's or a client's
     * {@code setProperty}).
     *
     * @param verbose  Hazelcast's own log on stderr (java.util.logging) instead of none
     */
    public static void properties(BiConsumer<String, String> property, boolean verbose) {
        // Hazelcast reports usage to the vendor unless told not to.
        property.accept("hazelcast.phone.home.enabled", "false");
        property.accept("hazelcast.shutdownhook.enabled", "false");
        property.accept(LOGGING, verbose ? "jdk" : "none");
        if (System.getProperty("hazelcast.phone.home.enabled") == null) {
            // Some code paths read the system property rather than the configuration.
            System.setProperty("hazelcast.phone.home.enabled", "false");
        }
        if (System.getProperty(LOGGING) == null) {
            // Hazelcast's static loggers (the start-up banner and warnings) read only the system property.
            System.setProperty(LOGGING, verbose ? "jdk" : "none");
        }
    }

    /** Registers distsim's factory and the deserialization filter on {@code serialization}. */
    public static void serialization(SerializationConfig serialization) {
        serialization.addDataSerializableFactory(FACTORY_ID, factory());
        serialization.setJavaSerializationFilterConfig(new JavaSerializationFilterConfig());
    }

    private static DataSerializableFactory factory() {
        return classId -> classId == RunCallable.CLASS_ID ? new RunCallable() : null;
    }
}
