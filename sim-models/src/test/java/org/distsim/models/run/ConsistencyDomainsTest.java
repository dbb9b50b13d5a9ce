package org.distsim.models.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.distsim.core.result.RunResult;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Stale reads are measured only between clients that can reach the same data. */
class ConsistencyDomainsTest {

    private static final String TWO_PIPELINES = """
            name: two pipelines
            duration: 20s
            nodes:
              db-a: {type: database}
              db-b: {type: database}
              cache-b: {type: cache, backing: db-b, capacity: 100}
            workloads:
              clients-a: {type: open-loop, target: db-a, rate: 200/s, read-ratio: 50%, keys: {count: 10}}
              clients-b: {type: open-loop, target: cache-b, rate: 200/s, read-ratio: 50%, keys: {count: 10}}
              also-b: {type: open-loop, target: db-b, rate: 50/s, read-ratio: 100%, keys: {count: 10}}
            """;

    private static Scenario load(String yaml) throws Exception {
        return ScenarioLoader.load("d.yaml", yaml, List.of());
    }

    @Test
    void clientsOfSeparateDatabases_areSeparateDomains_andClientsOfOneStoreShareOne() throws Exception {
        Map<String, String> domains = ConsistencyDomains.of(load(TWO_PIPELINES));
        assertEquals(Map.of("clients-a", "clients-a", "clients-b", "clients-b", "also-b", "clients-b"), domains);
    }

    @Test
    void sideBySideDatabases_doNotMakeEachOthersReadsStale() throws Exception {
        RunResult result = ScenarioRunner.run(load(TWO_PIPELINES), RunOptions.defaults());
        // A single-node database serves every read at its latest committed version, so a read can
        // only look stale against another client's write of the same key in the same store.
        assertEquals(0L, result.workloads().get("clients-a").figures().get("stale_reads"));
        assertTrue(result.workloads().get("clients-a").figures().get("versioned_reads").longValue() > 1000);
    }

    @Test
    void clientsNearDifferentReplicas_areComparedWithEachOther() throws Exception {
        Map<String, String> domains = ConsistencyDomains.of(load("""
                name: replicas
                duration: 5s
                nodes:
                  db: {type: replicated-database, replicas: 3}
                  other: {type: database}
                workloads:
                  near-1: {type: open-loop, target: db-1, rate: 10/s}
                  near-3: {type: open-loop, target: db-3, rate: 10/s}
                  via-front: {type: open-loop, target: db, rate: 10/s}
                  elsewhere: {type: open-loop, target: other, rate: 10/s}
                """));
        assertEquals(Map.of("near-1", "near-1", "near-3", "near-1", "via-front", "near-1", "elsewhere", "elsewhere"),
                domains);
    }
}
