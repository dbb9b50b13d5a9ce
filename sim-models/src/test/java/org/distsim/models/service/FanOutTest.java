package org.distsim.models.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadResult;
import org.junit.jupiter.api.Test;

/** Fan-out to three replicas, one of which is down: how wait-for decides the request. */
class FanOutTest {

    private static final String YAML = """
            name: fan-out
            seed: 4
            duration: 10s
            warmup: 1s
            nodes:
              front:
                type: service
                workers: 50
                service-time: 1ms
                mode: parallel
                %s
                calls:
                  - {target: replica-a, timeout: 50ms}
                  - {target: replica-b, timeout: 50ms}
                  - {target: replica-c, timeout: 50ms}
              replica-a: {type: service, workers: 10, service-time: 2ms}
              replica-b: {type: service, workers: 10, service-time: 4ms}
              replica-c: {type: service, workers: 10, service-time: 2ms}
            workloads:
              clients: {type: open-loop, target: front, rate: 200/s}
            faults:
              - {at: 0s, crash: replica-c}
            """;

    @Test
    void waitForAll_failsEveryRequestWhenOneReplicaIsDown_withTheTimeoutAsReason() {
        RunResult result = Runs.run(YAML.formatted("wait-for: all"));
        WorkloadResult clients = result.workloads().get("clients");
        assertEquals(0, clients.ok());
        assertEquals(clients.failed(), clients.failedByReason().get("dependency-timeout: replica-c"));
    }

    @Test
    void firstTwoOfThree_succeedWithoutTheDownReplica_atTheSpeedOfTheSlowerLiveOne() {
        RunResult result = Runs.run(YAML.formatted("wait-for: first-k\n    k: 2"));
        WorkloadResult clients = result.workloads().get("clients");
        assertEquals(1.0, clients.availability());
        // 1 ms of its own + the slower of the two live replicas (4 ms); no network latency, no queueing.
        assertEquals(5.0, clients.latency().p50(), 0.01);
        // The call to the dead replica is abandoned when the second success arrives: it never fails.
        assertEquals(0, Runs.figure(result, "front", "failures.replica-c"));
        assertTrue(Runs.figure(result, "front", "calls.replica-c") > 0);
    }
}
