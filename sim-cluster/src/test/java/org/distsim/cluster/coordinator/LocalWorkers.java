package org.distsim.cluster.coordinator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.distsim.cluster.access.BuildIdentity;
import org.distsim.cluster.access.ClusterAccess;
import org.distsim.cluster.access.Endpoint;
import org.distsim.cluster.worker.Worker;
import org.distsim.cluster.worker.WorkerException;
import org.distsim.cluster.worker.WorkerListener;
import org.distsim.cluster.worker.WorkerSettings;

/** Workers inside the test JVM, on 127.0.0.1 and free ports, one run slot each (the machine has 2 cores). */
final class LocalWorkers {

    private LocalWorkers() {
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Worker start(ClusterAccess access, int port, List<Integer> join, WorkerListener listener,
            BuildIdentity identity) throws WorkerException {
        List<Endpoint> endpoints = join.stream().map(p -> new Endpoint("127.0.0.1", p)).toList();
        return Worker.start(new WorkerSettings(access, "127.0.0.1", port, endpoints, 1, false, identity), listener);
    }
}
