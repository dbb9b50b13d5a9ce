package org.distsim.models.service;

import static org.distsim.models.service.Runs.figure;
import static org.distsim.models.service.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadResult;
import org.junit.jupiter.api.Test;

/**
 * Deadlines and cancellation, on small deterministic systems: constant arrivals and service times
 * and no network latency, so every count follows from arithmetic and no tolerance is needed.
 */
class DeadlinesTest {

    /**
     * One worker at 100 ms (10/s) offered 20/s: the queue grows without end, and a client that waits
     * 250 ms. The service's deadlines knob is set by each test.
     */
    private static final String OVERLOADED = """
            name: overloaded
            seed: 1
            duration: 30s
            warmup: 0s
            network:
              latency: {dist: constant, value: 0ms}
            nodes:
              leaf: {type: service, workers: 1, service-time: 100ms, deadlines: ignore}
            workloads:
              clients: {type: open-loop, target: leaf, rate: 20/s, arrivals: constant, timeout: 250ms}
            """;

    /** The same leaf behind a front that calls it with a long timeout. */
    private static final String CHAIN = """
            name: chain
            seed: 1
            duration: 30s
            warmup: 0s
            network:
              latency: {dist: constant, value: 0ms}
            nodes:
              front:
                type: service
                workers: 100
                service-time: 1ms
                deadlines: observe
                calls: [{target: leaf, timeout: 10s}]
              leaf: {type: service, workers: 1, service-time: 100ms, deadlines: observe}
            workloads:
              clients: {type: open-loop, target: front, rate: 20/s, arrivals: constant, timeout: 250ms}
            """;

    @Test
    void withoutDeadlines_anOverloadedServiceServesRequestsLongAfterTheirClientGaveUp() {
        RunResult result = run(OVERLOADED);
        WorkloadResult clients = result.workloads().get("clients");
        assertTrue(clients.availability() < 0.05, "availability " + clients.availability());
        assertTrue(figure(result, "leaf", "served") > 250, "the leaf works all along");
        assertFalse(result.nodes().get("leaf").figures().containsKey("expired"), "nothing registered with ignore");
    }

    @Test
    void anEnforcingService_dropsQueuedRequestsWhoseDeadlinePassed_soItsQueueStaysShort() {
        RunResult without = run(OVERLOADED);
        RunResult result = run(OVERLOADED, "nodes.leaf.deadlines=enforce");
        WorkloadResult clients = result.workloads().get("clients");
        double served = figure(result, "leaf", "served");
        double expired = figure(result, "leaf", "expired");
        assertTrue(expired > 200, "expired " + expired);
        assertTrue(figure(result, "leaf", "queue_max") <= 6, "the queue holds at most 250 ms of arrivals");
        assertTrue(figure(without, "leaf", "queue_max") > 200, "without deadlines it grows all run long");
        // FIFO under sustained overload: the worker always takes the oldest request still in time, which
        // has less than its 100 ms of service left, so it is answered too late and counted as wasted.
        assertTrue(figure(result, "leaf", "wasted") > 0.9 * served, "wasted " + figure(result, "leaf", "wasted"));
        // Every request is served or expired, but for those still queued or in service at the end:
        // the queue never holds more than the 250 ms of arrivals that have not expired yet.
        double decided = served + expired;
        assertTrue(decided <= clients.requests() && decided >= clients.requests() - 7,
                decided + " served or expired of " + clients.requests());
    }

    @Test
    void aClientThatCancels_takesItsRequestOutOfTheQueue() {
        RunResult result = run(OVERLOADED, "nodes.leaf.deadlines=enforce", "workloads.clients.cancel=true");
        double cancelled = figure(result, "leaf", "cancelled");
        assertTrue(cancelled > 200, "cancelled " + cancelled);
        // A request waits at most 250 ms, five arrivals' worth, before its cancel takes it out.
        assertTrue(figure(result, "leaf", "queue_max") <= 6, "queue max " + figure(result, "leaf", "queue_max"));
    }

    @Test
    void workInService_runsToTheEndOfItsServiceTime_andCountsAsWasted() {
        // The client gives up after 50 ms on requests that take 100 ms: each is cancelled while served.
        RunResult result = run(OVERLOADED, "nodes.leaf.deadlines=enforce", "workloads.clients.cancel=true",
                "workloads.clients.timeout=50ms", "workloads.clients.rate=5/s");
        double cancelled = figure(result, "leaf", "cancelled");
        assertTrue(cancelled > 140, "cancelled " + cancelled);
        assertEquals(0, figure(result, "leaf", "served"), "a cancelled request is not answered");
        assertEquals(cancelled, figure(result, "leaf", "wasted"), 1, "each cancelled request was in service");
        assertEquals(100_000, figure(result, "leaf", "wasted_us") / figure(result, "leaf", "wasted"), 1,
                "each held its worker for its whole 100 ms service time");
    }

    @Test
    void withoutPropagation_theLeafsWorkForAGoneClientIsCountedAsWasted() {
        RunResult result = run(CHAIN);
        double served = figure(result, "leaf", "served");
        double wasted = figure(result, "leaf", "wasted");
        assertTrue(wasted > 0.8 * served, "wasted " + wasted + " of " + served + " served");
        assertTrue(figure(result, "front", "wasted") > 0.8 * served, "and the front's too");
    }

    @Test
    void withPropagation_theLeafDropsWhatTheClientGaveUpOn_andTheFrontWastesNothing() {
        RunResult result = run(CHAIN, "nodes.front.deadlines=enforce", "nodes.leaf.deadlines=enforce",
                "nodes.front.deadline-margin=5ms");
        // The front enforces, so it cancels the call it gives up on: the leaf drops it from its queue.
        double dropped = figure(result, "leaf", "expired") + figure(result, "leaf", "cancelled");
        assertTrue(dropped > 200, "dropped at the leaf " + dropped);
        assertEquals(0, figure(result, "front", "wasted"), "the front answers by its deadline");
        WorkloadResult clients = result.workloads().get("clients");
        assertEquals(0, clients.unknown(), "the front fails at the deadline less its margin: before the client gives up");
    }

    @Test
    void aWorkloadDeadline_stopsRetriesOnceItHasPassed() {
        String failing = """
                name: retries
                seed: 1
                duration: 20s
                warmup: 0s
                network:
                  latency: {dist: constant, value: 0ms}
                nodes:
                  flaky: {type: service, workers: 10, service-time: 100ms, error-rate: 100%}
                workloads:
                  clients:
                    type: open-loop
                    target: flaky
                    rate: 1/s
                    arrivals: constant
                    timeout: 10s
                    retries: 10
                    backoff: {base: 10ms, cap: 1s, jitter: none}
                """;
        RunResult without = run(failing);
        RunResult with = run(failing, "workloads.clients.deadline=250ms");
        double requests = with.workloads().get("clients").requests();
        // Attempts at 0, 110 and 230 ms; the next would start at 370 ms, past the deadline. The third
        // waits only the 20 ms left, so the request ends unknown at 250 ms.
        assertEquals(2 * requests, retries(with), 2, "retries with a 250 ms deadline");
        assertEquals(10 * without.workloads().get("clients").requests(), retries(without), 20, "retries without");
        assertEquals(requests, with.workloads().get("clients").unknown(), 1, "the last attempt timed out at the deadline");
    }

    private static double retries(RunResult result) {
        return result.workloads().get("clients").figures().get("retries").doubleValue();
    }

    @Test
    void nodesThatDoNotHonourCancels_ignoreThem_andPassTheDeadlineOn() {
        // Cancels reach a load balancer, a cache and a database, none of which honours them; the
        // balancer forwards the client's deadline to the enforcing service behind it.
        String yaml = """
                name: others
                seed: 1
                duration: 30s
                warmup: 0s
                network:
                  latency: {dist: constant, value: 0ms}
                nodes:
                  lb: {type: load-balancer, algorithm: round-robin, backends: [leaf]}
                  leaf: {type: service, workers: 1, service-time: 100ms, deadlines: enforce}
                  cache: {type: cache, backing: db, capacity: 10}
                  db: {type: database, workers: 1, read-time: 100ms}
                workloads:
                  via-lb: {type: open-loop, target: lb, rate: 20/s, arrivals: constant, timeout: 250ms, cancel: true}
                  via-cache:
                    type: open-loop
                    target: cache
                    rate: 20/s
                    arrivals: constant
                    timeout: 250ms
                    cancel: true
                    keys: {count: 1000000}
                """;
        RunResult result = run(yaml);
        assertTrue(figure(result, "leaf", "expired") > 200, "the deadline crossed the balancer");
        assertEquals(0, figure(result, "leaf", "cancelled"), "the balancer does not pass cancels on");
        assertTrue(result.workloads().get("via-cache").unknown() > 200, "the database serves on, cancels ignored");
    }

    @Test
    void aCallThatSaysCancelFalse_isForgottenButNotCancelled() {
        String[] enforce = {"nodes.front.deadlines=enforce", "nodes.leaf.deadlines=enforce"};
        RunResult cancelling = run(CHAIN, enforce);
        RunResult forgetting = run(CHAIN.replace("timeout: 10s}", "timeout: 10s, cancel: false}"), enforce);
        assertTrue(figure(cancelling, "leaf", "cancelled") > 200, "the front cancels by default");
        assertEquals(0, figure(forgetting, "leaf", "cancelled"), "no cancel with cancel: false");
        assertTrue(figure(forgetting, "leaf", "expired") > 200, "the leaf still drops what expired");
    }
}
