package org.distsim.models.replication;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.kernel.SimulationConfig;
import org.distsim.core.net.Network;
import org.distsim.core.random.Constant;
import org.distsim.core.random.Distribution;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadResult;
import org.distsim.core.run.SimulationRun;
import org.distsim.models.format.Group;
import org.distsim.models.format.Rate;
import org.distsim.models.resilience.BackoffConfig;
import org.distsim.models.rpc.Response;
import org.distsim.models.workload.Arrivals;
import org.distsim.models.workload.KeysConfig;
import org.distsim.models.workload.OpenLoopConfig;
import org.distsim.models.workload.OpenLoopWorkload;
import org.distsim.models.workload.Popularity;
import org.distsim.models.workload.RatePhase;

/**
 * A leaderless database wired by hand for the tests: members {@code db-1 .. db-N} and one open-loop
 * client {@code client-i} per member, sending Zipf-keyed reads and writes to {@code db-i} (a client
 * "near" its member, as the partition tests need). It is the scenario
 * <pre>
 * nodes:
 *   db: {type: replicated-database, replication: leaderless, replicas: N, read-quorum: R, ...}
 * workloads:
 *   client-i: {type: open-loop, target: db-i, rate: ..., read-ratio: ..., keys: {count: K, popularity: zipf, s: ...},
 *              timeout: ..., schedule: [{at: load-until, rate: 0/s}]}
 * faults: [{at: ..., partition: [[db-i, client-i], [the others]], duration: ...}, {at: ..., crash: db-i, ...}]
 * </pre>
 * and can be replaced by it once the {@code replicated-database} type is registered.
 *
 * <p>Mutable builder; set the fields, then {@link #run()}.
 */
final class LeaderlessCluster {

    int replicas = 3;
    Integer readQuorum = 2;
    Integer writeQuorum = 2;
    boolean readRepair = false;
    PartitionBehaviour partition = PartitionBehaviour.CP;
    Distribution replicationDelay = new Constant(0);
    Distribution readTime = new Constant(millis(1));
    Distribution writeTime = new Constant(millis(3));
    /** One-way network latency of every message. */
    Distribution latency = new Constant(millis(1));
    int workers = 8;
    Duration requestTimeout = Duration.ofSeconds(1);
    double ratePerClient = 100;
    double readRatio = 0.5;
    int keys = 200;
    double zipfS = 1.0;
    Duration clientTimeout = Duration.ofSeconds(2);
    long seed = 1;
    Duration duration = Duration.ofSeconds(10);
    /** When the clients stop sending; null to send to the end. */
    Duration loadUntil;
    private final List<Fault> faults = new ArrayList<>();
    private final List<Duration> inspections = new ArrayList<>();

    private sealed interface Fault {
    }

    private record Isolate(int member, Duration from, Duration to) implements Fault {
    }

    private record Crash(int member, Duration from, Duration to) implements Fault {
    }

    static double millis(double ms) {
        return ms * 1e6;
    }

    /** Cuts {@code db-member} and {@code client-member} off from everyone else over [from, to). */
    LeaderlessCluster isolate(int member, Duration from, Duration to) {
        faults.add(new Isolate(member, from, to));
        return this;
    }

    /** Crashes {@code db-member} over [from, to). */
    LeaderlessCluster crash(int member, Duration from, Duration to) {
        faults.add(new Crash(member, from, to));
        return this;
    }

    /** Counts the stale copies ({@link Run#staleCopies}) at {@code at}, in the middle of the run. */
    LeaderlessCluster inspect(Duration at) {
        inspections.add(at);
        return this;
    }

    ReplicatedDatabaseConfig config() {
        return new ReplicatedDatabaseConfig(replicas, ReplicationMode.LEADERLESS, CommitMode.ASYNC, ReadFrom.LEADER,
                partition, readQuorum, writeQuorum, readRepair, replicationDelay, workers, null, readTime, writeTime,
                Duration.ofMillis(100), Duration.ofMillis(500), true, requestTimeout, ReadYourWrites.NONE,
                Duration.ofSeconds(1), null, 0, null, ApplyOrder.IN_ORDER, null);
    }

    Run run() {
        ReplicatedDatabaseConfig config = config();
        Simulation simulation = new Simulation(SimulationConfig.of(seed, duration.toNanos()));
        Network network = new Network(simulation, latency, 0);
        simulation.setTransport(network);
        Group group = Group.of("db", replicas);
        List<LeaderlessReplica> members = new ArrayList<>();
        List<ActorRef> memberRefs = new ArrayList<>();
        for (int i = 1; i <= replicas; i++) {
            int index = i;
            memberRefs.add(simulation.spawn(group.members().get(i - 1), "database-replica", context -> {
                LeaderlessReplica replica = new LeaderlessReplica(context, config, group, index);
                members.add(replica);
                return replica;
            }));
        }
        List<RatePhase> schedule = loadUntil == null ? List.of()
                : List.of(new RatePhase(loadUntil, new Rate(0), null, null, null, null));
        List<ActorRef> clientRefs = new ArrayList<>();
        for (int i = 1; i <= replicas; i++) {
            OpenLoopConfig client = new OpenLoopConfig(group.members().get(i - 1), Arrivals.POISSON,
                    new Rate(ratePerClient), clientTimeout, schedule, readRatio,
                    new KeysConfig(keys, Popularity.ZIPF, zipfS), "", 0, BackoffConfig.DEFAULT, 1);
            clientRefs.add(simulation.spawn(clientName(i), "open-loop", context -> new OpenLoopWorkload(context, client)));
        }
        for (Fault fault : faults) {
            if (fault instanceof Isolate isolate) {
                List<ActorRef> alone = List.of(memberRefs.get(isolate.member() - 1), clientRefs.get(isolate.member() - 1));
                List<ActorRef> others = new ArrayList<>(memberRefs);
                others.addAll(clientRefs);
                others.removeAll(alone);
                simulation.at(isolate.from().toNanos(), () -> network.partition("isolate", List.of(alone, others), false));
                simulation.at(isolate.to().toNanos(), () -> network.heal("isolate"));
            } else if (fault instanceof Crash crash) {
                ActorRef node = memberRefs.get(crash.member() - 1);
                simulation.at(crash.from().toNanos(), () -> simulation.crash(node));
                simulation.at(crash.to().toNanos(), () -> simulation.restart(node));
            }
        }
        List<Integer> staleCopiesSeen = new ArrayList<>();
        for (Duration at : inspections) {
            simulation.at(at.toNanos(), () -> staleCopiesSeen.add(staleCopies(members, keys)));
        }
        RunResult result = SimulationRun.run(simulation, "leaderless");
        return new Run(result, List.copyOf(members), List.copyOf(staleCopiesSeen));
    }

    static String clientName(int member) {
        return "client-" + member;
    }

    /** What a run produced, and the members, to look into their stores afterwards. */
    record Run(RunResult result, List<LeaderlessReplica> members, List<Integer> staleCopiesSeen) {

        WorkloadResult client(int member) {
            return result.workloads().get(clientName(member));
        }

        /** A workload figure summed over every client. */
        long clientTotal(String figure) {
            return result.workloads().values().stream()
                    .mapToLong(workload -> workload.figures().getOrDefault(figure, 0).longValue()).sum();
        }

        /** A workload figure of one client, as a double (latency percentiles). */
        double clientFigure(int member, String figure) {
            return client(member).figures().get(figure).doubleValue();
        }

        /** A node figure summed over every member. */
        long memberTotal(String figure) {
            return result.nodes().values().stream()
                    .mapToLong(node -> node.figures().getOrDefault(figure, 0).longValue()).sum();
        }

        long memberFigure(int member, String figure) {
            return result.nodes().get(Group.memberName("db", member)).figures().get(figure).longValue();
        }

        /** Keys of {@code 0 .. keys-1} whose stamp is not the same on every member. */
        int divergentKeys(int keys) {
            int divergent = 0;
            for (long key = 0; key < keys; key++) {
                long first = members.get(0).storedVersion(key);
                for (LeaderlessReplica member : members) {
                    if (member.storedVersion(key) != first) {
                        divergent++;
                        break;
                    }
                }
            }
            return divergent;
        }

        /** Copies of keys {@code 0 .. keys-1}, over all members, older than the newest copy of the key. */
        int staleCopies(int keys) {
            return LeaderlessCluster.staleCopies(members, keys);
        }
    }

    private static int staleCopies(List<LeaderlessReplica> members, int keys) {
        int stale = 0;
        for (long key = 0; key < keys; key++) {
            long newest = Response.NO_VERSION;
            for (LeaderlessReplica member : members) {
                newest = Math.max(newest, member.storedVersion(key));
            }
            for (LeaderlessReplica member : members) {
                if (member.storedVersion(key) < newest) {
                    stale++;
                }
            }
        }
        return stale;
    }
}
