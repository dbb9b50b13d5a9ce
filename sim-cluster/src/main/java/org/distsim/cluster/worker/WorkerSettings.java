package org.distsim.cluster.worker;

import java.util.List;
import java.util.Objects;
import org.distsim.cluster.access.BuildIdentity;
import org.distsim.cluster.access.ClusterAccess;
import org.distsim.cluster.access.Endpoint;

/**
 * How a worker joins its cluster.
 *
 * @param access    the cluster's name and secret
 * @param bind      the IP address of this machine to listen on and announce; the only interface used
 * @param port      the port to listen on (no auto-increment: a port in use is an error)
 * @param join      the members to contact when starting; empty to start a cluster
 * @param slots     runs taken at once (the size of the member's executor), at least 1
 * @param verbose   Hazelcast's own log on stderr
 * @param identity  the identity announced and checked against tasks: {@link BuildIdentity#current()}
 *                  except in tests of refusal
 */
public record WorkerSettings(ClusterAccess access, String bind, int port, List<Endpoint> join, int slots,
        boolean verbose, BuildIdentity identity) {

    public WorkerSettings {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(identity, "identity");
        join = List.copyOf(join);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not from 1 to 65535");
        }
        if (slots < 1) {
            throw new IllegalArgumentException("a worker needs at least one slot");
        }
    }

    /** Settings with this process's identity. */
    public WorkerSettings(ClusterAccess access, String bind, int port, List<Endpoint> join, int slots, boolean verbose) {
        this(access, bind, port, join, slots, verbose, BuildIdentity.current());
    }
}
