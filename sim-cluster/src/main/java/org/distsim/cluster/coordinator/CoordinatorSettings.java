package org.distsim.cluster.coordinator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.distsim.cluster.access.BuildIdentity;
import org.distsim.cluster.access.ClusterAccess;
import org.distsim.cluster.access.Endpoint;

/**
 * How a coordinator finds its cluster.
 *
 * @param access          the cluster's name and secret
 * @param members         where to reach members (any one is enough; the others are learnt from it)
 * @param connectTimeout  how long to wait for the first connection before giving up
 * @param verbose         Hazelcast's own log on stderr
 * @param identity        the identity members must share, or null for this process's
 *                        ({@link BuildIdentity#current()}, then computed while connecting)
 */
public record CoordinatorSettings(ClusterAccess access, List<Endpoint> members, Duration connectTimeout,
        boolean verbose, BuildIdentity identity) {

    /** Long enough for a busy member to answer, short enough to report a wrong address soon. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(20);

    public CoordinatorSettings {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a coordinator needs the address of at least one member");
        }
    }

    /** Settings with this process's identity and the default timeout. */
    public CoordinatorSettings(ClusterAccess access, List<Endpoint> members) {
        this(access, members, DEFAULT_CONNECT_TIMEOUT, false, null);
    }
}
