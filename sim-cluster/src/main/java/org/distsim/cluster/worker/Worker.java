package org.distsim.cluster.worker;

import com.hazelcast.client.Client;
import com.hazelcast.client.ClientListener;
import com.hazelcast.cluster.Address;
import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastException;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.distsim.cluster.access.BuildIdentity;
import org.distsim.cluster.access.Endpoint;
import org.distsim.cluster.hazelcast.HazelcastSetup;
import org.distsim.cluster.hazelcast.TaskHandler;

/**
 * A cluster member that runs tasks: an embedded Hazelcast member, configured so that it listens
 * only on the address given, finds the others only through the addresses given (TCP/IP join; no
 * multicast, no cloud auto-detection), never reports to the vendor, and announces its distsim
 * identity and number of run slots as member attributes.
 */
public final class Worker {

    private final HazelcastInstance member;
    private final WorkerTasks tasks;
    private final String address;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Worker(HazelcastInstance member, WorkerTasks tasks) {
        this.member = member;
        this.tasks = tasks;
        this.address = format(member.getCluster().getLocalMember().getAddress());
    }

    /**
     * Starts a member and joins (or starts) the cluster; returns once it is a member.
     *
     * @throws WorkerException when the address is not this machine's, the port is taken, or
     *                         Hazelcast cannot start for another reason
     */
    public static Worker start(WorkerSettings settings, WorkerListener listener) throws WorkerException {
        checkBindAddress(settings.bind());
        WorkerTasks tasks = new WorkerTasks(settings.access(), settings.identity(), listener);
        HazelcastInstance member;
        try {
            member = Hazelcast.newHazelcastInstance(config(settings, tasks));
        } catch (HazelcastException | IllegalStateException e) {
            throw new WorkerException("the worker could not start on " + new Endpoint(settings.bind(), settings.port())
                    + ": " + describe(e));
        }
        Worker worker = new Worker(member, tasks);
        member.getLifecycleService().addLifecycleListener(event -> {
            if (event.getState() == LifecycleEvent.LifecycleState.SHUTDOWN) {
                worker.stopped.countDown();
            }
        });
        if (!member.getLifecycleService().isRunning()) {
            worker.stopped.countDown();
        }
        worker.listen(settings.identity(), listener);
        return worker;
    }

    /** This member's address, HOST:PORT (also after it stopped). */
    public String address() {
        return address;
    }

    /** Every member, HOST:PORT, oldest first; this one is marked " (this worker)". */
    public List<String> members() {
        List<String> members = new ArrayList<>();
        for (Member m : member.getCluster().getMembers()) {
            members.add(format(m.getAddress()) + (m.localMember() ? " (this worker)" : ""));
        }
        return members;
    }

    /** Tasks run so far, failed runs included. */
    public long tasksRun() {
        return tasks.finished();
    }

    /**
     * Leaves the cluster gracefully: runs under way are abandoned (the coordinator sends them to
     * other members). Blocks until the member has stopped.
     */
    public void stop() {
        member.shutdown();
        stopped.countDown();
    }

    /** Stops at once, as if the process were killed: no goodbye to the other members. */
    public void terminate() {
        member.getLifecycleService().terminate();
        stopped.countDown();
    }

    /** Blocks until the worker has stopped, for whatever reason. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    private void listen(BuildIdentity identity, WorkerListener listener) {
        listener.membersChanged("started", members());
        member.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                Member added = event.getMember();
                listener.membersChanged("member joined: " + format(added.getAddress()), members());
                String difference = identity.difference(
                        BuildIdentity.parse(added.getAttribute(HazelcastSetup.IDENTITY_ATTRIBUTE)), "there", "here");
                if (difference != null) {
                    listener.incompatibleMember(format(added.getAddress()), difference);
                }
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                listener.membersChanged("member left: " + format(event.getMember().getAddress()), members());
            }
        });
        member.getClientService().addClientListener(new ClientListener() {
            @Override
            public void clientConnected(Client client) {
                listener.coordinator(format(client.getSocketAddress()), true);
            }

            @Override
            public void clientDisconnected(Client client) {
                listener.coordinator(format(client.getSocketAddress()), false);
            }
        });
    }

    private static Config config(WorkerSettings settings, TaskHandler tasks) {
        Config config = new Config();
        config.setClusterName(settings.access().hazelcastClusterName());
        HazelcastSetup.properties(config::setProperty, settings.verbose());
        // Only this address, never every interface of the machine.
        config.setProperty("hazelcast.socket.bind.any", "false");
        // Joins settle after one quiet second instead of five.
        config.setProperty("hazelcast.wait.seconds.before.join", "1");
        // A machine that vanishes (no connection reset) is given up after 30 s instead of 60 s,
        // so that its runs are sent elsewhere sooner.
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "30");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(settings.port()).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface(settings.bind());
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(settings.join().stream().map(Endpoint::toString).toList());
        // Nothing but the executor: no stream engine, no memcache endpoint (the REST endpoint is off by default).
        config.getJetConfig().setEnabled(false);
        network.getMemcacheProtocolConfig().setEnabled(false);
        config.getMemberAttributeConfig()
                .setAttribute(HazelcastSetup.IDENTITY_ATTRIBUTE, settings.identity().encode())
                .setAttribute(HazelcastSetup.SLOTS_ATTRIBUTE, Integer.toString(settings.slots()));
        config.getExecutorConfig(HazelcastSetup.EXECUTOR).setPoolSize(settings.slots()).setStatisticsEnabled(false);
        HazelcastSetup.serialization(config.getSerializationConfig());
        ConcurrentHashMap<String, Object> context = new ConcurrentHashMap<>();
        context.put(TaskHandler.KEY, tasks);
        config.setUserContext(context);
        return config;
    }

    /** Refuses an address that is not one of this machine's, before Hazelcast reports it obscurely. */
    private static void checkBindAddress(String bind) throws WorkerException {
        try {
            InetAddress address = InetAddress.getByName(bind);
            if (NetworkInterface.getByInetAddress(address) == null) {
                throw new WorkerException(bind + " is not an address of this machine; give --bind one of its own"
                        + " addresses (the one the other members reach it by)");
            }
        } catch (UnknownHostException e) {
            throw new WorkerException("cannot resolve " + bind + ": " + e.getMessage());
        } catch (SocketException e) {
            throw new WorkerException("cannot list this machine's network interfaces: " + e.getMessage());
        }
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getName() : message;
    }

    static String format(Address address) {
        return new Endpoint(address.getHost(), address.getPort()).toString();
    }

    private static String format(java.net.SocketAddress address) {
        if (address instanceof InetSocketAddress inet) {
            return new Endpoint(inet.getAddress() == null ? inet.getHostString() : inet.getAddress().getHostAddress(),
                    inet.getPort()).toString();
        }
        return String.valueOf(address);
    }
}
