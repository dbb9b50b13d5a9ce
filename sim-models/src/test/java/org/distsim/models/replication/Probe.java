package org.distsim.models.replication;

import org.distsim.models.replication.ReplicationRuns.Run;
import org.junit.jupiter.api.Test;

class Probe {

    static void show(String title, Run run, int members) {
        System.out.println("== " + title);
        run.result().workloads().forEach((n, w) -> System.out.println("  " + n + " req=" + w.requests() + " ok=" + w.ok()
                + " failed=" + w.failedByReason() + " unknown=" + w.unknown() + " avail=" + w.availability() + " " + w.figures()));
        System.out.println("  db " + run.result().nodes().get("db").figures());
        for (int i = 1; i <= members; i++) {
            System.out.println("  db-" + i + " " + run.result().nodes().get("db-" + i).figures());
        }
    }

    static final String STALE = """
            name: stale
            duration: 20s
            warmup: 2s
            network:
              latency: 5ms
            nodes:
              db:
                type: replicated-database
                replicas: 3
                commit: %s
                read-from: followers
                replication-delay: {dist: exponential, mean: 50ms}
            workloads:
              users:
                type: open-loop
                target: db
                rate: 400/s
                read-ratio: 80%%
                keys: {count: 50, popularity: zipf, s: 1.0}
            """;

    static final String PARTITION = """
            name: partition
            duration: 30s
            warmup: 1s
            network:
              latency: 2ms
            nodes:
              db:
                type: replicated-database
                replicas: 3
                partition: %s
            workloads:
              clients-majority:
                type: open-loop
                target: db-1
                rate: 200/s
                read-ratio: 80%%
                keys: {count: 20}
                schedule: [{at: 25s, rate: 0/s}]
              clients-minority:
                type: open-loop
                target: db-3
                rate: 200/s
                read-ratio: 80%%
                keys: {count: 20}
                schedule: [{at: 25s, rate: 0/s}]
            faults:
              - at: 10s
                partition: {name: split, groups: [[db-3, clients-minority], [db-1, db-2, clients-majority]]}
                duration: 10s
            """;

    static final String FAILOVER = """
            name: failover
            duration: 20s
            warmup: 1s
            network:
              latency: 2ms
            nodes:
              db:
                type: replicated-database
                replicas: 3
                commit: %s
                replication-delay: 20ms
            workloads:
              users:
                type: open-loop
                target: db
                rate: 500/s
                read-ratio: 50%%
                keys: {count: 1000}
                timeout: 3s
                schedule: [{at: 16s, rate: 0/s}]
            faults:
              - {at: 8s, crash: db-1, duration: 4s}
            """;

    static final String MULTI = """
            name: multi
            duration: 20s
            warmup: 1s
            network:
              latency: 2ms
            nodes:
              db:
                type: replicated-database
                replicas: 3
                replication: multi-leader
                replication-delay: 20ms
            workloads:
              a:
                type: open-loop
                target: db-1
                rate: 200/s
                read-ratio: 0%%
                keys: {count: 5}
                schedule: [{at: 16s, rate: 0/s}]
              b:
                type: open-loop
                target: %s
                rate: 200/s
                read-ratio: 0%%
                keys: {count: 5}
                schedule: [{at: 16s, rate: 0/s}]
            """;

    @Test
    void probe() {
        for (String c : new String[] {"async", "sync"}) {
            show("stale " + c, ReplicationRuns.run(STALE.formatted(c)), 3);
        }
        for (String c : new String[] {"cp", "ap"}) {
            Run run = ReplicationRuns.run(PARTITION.formatted(c));
            show("partition " + c, run, 3);
            int diverged = 0;
            for (long k = 0; k < 20; k++) {
                if (run.version("db-1", k) != run.version("db-2", k) || run.version("db-1", k) != run.version("db-3", k)) {
                    diverged++;
                }
            }
            System.out.println("  diverged keys " + diverged);
            System.out.println("  avail series minority " + run.result().series().columns().get("workload.clients-minority.availability"));
        }
        for (String c : new String[] {"async", "sync"}) {
            Run run = ReplicationRuns.run(FAILOVER.formatted(c));
            show("failover " + c, run, 3);
            int diverged = 0;
            for (long k = 0; k < 1000; k++) {
                if (run.version("db-1", k) != run.version("db-2", k) || run.version("db-1", k) != run.version("db-3", k)) {
                    diverged++;
                }
            }
            System.out.println("  diverged keys " + diverged);
            System.out.println("  avail series " + run.result().series().columns().get("workload.users.availability"));
        }
        for (String c : new String[] {"db-2", "db-1"}) {
            Run run = ReplicationRuns.run(MULTI.formatted(c));
            show("multi " + c, run, 3);
            int diverged = 0;
            for (long k = 0; k < 5; k++) {
                if (run.version("db-1", k) != run.version("db-2", k) || run.version("db-1", k) != run.version("db-3", k)) {
                    diverged++;
                }
            }
            System.out.println("  diverged keys " + diverged);
        }
    }
}
