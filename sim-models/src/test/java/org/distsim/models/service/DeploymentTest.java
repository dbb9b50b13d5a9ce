package org.distsim.models.service;

import static org.distsim.models.service.OneService.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.distsim.core.kernel.Message;
import org.distsim.core.random.Constant;
import org.distsim.models.station.Occupancy;
import org.junit.jupiter.api.Test;

/**
 * The replicas of a service over their life: provisioned after a delay, removed newest first,
 * drained, lost in a crash; and the time-weighted load an autoscaler scrapes. The node {@code api}
 * hands every message to its deployment and records the load reports sent back to it.
 */
class DeploymentTest {

    private static final double EXACT = 1e-12;

    private final OneService node = new OneService(10 * SECOND);
    private final List<LoadReport> reports = new ArrayList<>();
    private final List<Job> started = new ArrayList<>();
    private Deployment deployment;

    private void deploy(int replicas, int workers) {
        ServiceConfig config = new ServiceConfig(workers, null, new Constant(0), 1, List.of(), CallMode.SEQUENTIAL,
                WaitFor.ALL, null, replicas, ReplicaBalancing.ROUND_ROBIN, 0);
        Occupancy occupancy = new Occupancy(node.context, "service", workers * replicas);
        deployment = new Deployment(node.context, config, occupancy, started::add);
        node.handler = (from, message) -> {
            if (!deployment.handle(from, message) && message instanceof LoadReport report) {
                reports.add(report);
            }
        };
        node.onCrash = deployment::crash;
    }

    /** At {@code atNanos}, the node sends itself a message (a command or a scrape), as a peer would. */
    private void at(long atNanos, Message message) {
        node.simulation.at(atNanos, () -> node.context.send(node.api, message));
    }

    /** At {@code atNanos}, one request arrives and is routed. */
    private void arrive(long atNanos) {
        node.simulation.at(atNanos, () -> {
            Replica replica = deployment.route();
            replica.station.offer(new Job(null, null, replica));
        });
    }

    @Test
    void scaleUp_addsReplicasThatBecomeReadyAfterTheProvisioningDelay() {
        deploy(1, 1);
        at(0, new ScaleTo(3, 4 * SECOND));
        at(3 * SECOND, new LoadQuery());
        at(7 * SECOND, new LoadQuery());

        Map<String, Number> figures = node.run();

        assertEquals(new LoadReport(1, 2, 0, 0), reports.get(0));
        assertEquals(new LoadReport(3, 0, 0, 0), reports.get(1));
        // Replicas alive (paid for): 3 all along; ready: 1 until 4 s, then 3.
        assertEquals(3.0, figures.get("replicas_mean").doubleValue(), EXACT);
        assertEquals((1.0 * 4 + 3.0 * 6) / 10, figures.get("ready_replicas_mean").doubleValue(), EXACT);
    }

    @Test
    void scaleDown_removesReplicasStillProvisioningFirst() {
        deploy(1, 1);
        at(0, new ScaleTo(3, 5 * SECOND));
        at(1 * SECOND, new ScaleTo(2, 5 * SECOND));
        at(2 * SECOND, new LoadQuery());
        at(6 * SECOND, new LoadQuery());

        node.run();

        assertEquals(new LoadReport(1, 1, 0, 0), reports.get(0));
        assertEquals(new LoadReport(2, 0, 0, 0), reports.get(1));
    }

    @Test
    void aRemovedReplica_takesNoNewRequest_andGoesAwayOnceItsLastRequestIsAnswered() {
        deploy(2, 1);
        arrive(0); // replica 0
        arrive(0); // replica 1
        arrive(0); // replica 0 again: it waits
        at(1 * SECOND, new ScaleTo(1, 0));
        arrive(2 * SECOND); // replica 0 only: it waits
        node.simulation.at(5 * SECOND, () -> deployment.release(started.get(1).replica));

        Map<String, Number> figures = node.run();

        assertEquals(List.of(0, 1), started.stream().map(job -> job.replica == started.get(0).replica ? 0 : 1).toList(),
                "replica 1 got no request after its removal");
        // Replicas alive: 2 until replica 1 finished its request at 5 s, then 1.
        assertEquals((2.0 * 5 + 1.0 * 5) / 10, figures.get("replicas_mean").doubleValue(), EXACT);
        assertEquals((2.0 * 1 + 1.0 * 9) / 10, figures.get("ready_replicas_mean").doubleValue(), EXACT);
        // Busy workers: 2 of 2 until 5 s, then 1 of the 1 left.
        assertEquals(1.0, figures.get("utilisation_mean").doubleValue(), EXACT);
    }

    @Test
    void theLoadReport_isTimeWeightedOverTheIntervalSinceThePreviousScrape() {
        deploy(2, 1);
        arrive(0);
        arrive(2 * SECOND);
        arrive(2 * SECOND);
        at(4 * SECOND, new LoadQuery());
        at(6 * SECOND, new LoadQuery());

        node.run();

        // 0-4 s: 1 of 2 workers busy for 2 s, 2 of 2 for 2 s; one request waiting for 2 s on 2 replicas.
        assertEquals(new LoadReport(2, 0, (1.0 * 2 + 2.0 * 2) / (2 * 4), 1.0 * 2 / (2 * 4)), reports.get(0));
        // 4-6 s: everything busy, one waiting, the whole time.
        assertEquals(new LoadReport(2, 0, 1.0, 0.5), reports.get(1));
    }

    @Test
    void aCrash_losesEveryRequestAndTheReplicasProvisioning_butKeepsTheReadyOnes() {
        deploy(2, 1);
        arrive(0);
        arrive(0);
        arrive(0);
        at(0, new ScaleTo(3, 2 * SECOND));
        node.simulation.at(1 * SECOND, () -> node.simulation.crash(node.api));
        node.simulation.at(3 * SECOND, () -> node.simulation.restart(node.api));
        at(4 * SECOND, new LoadQuery());

        Map<String, Number> figures = node.run();

        // The scrape covers 0-4 s: both workers busy and one request waiting until the crash at 1 s.
        assertEquals(new LoadReport(2, 0, 2.0 * 1 / (2 * 4), 1.0 * 1 / (2 * 4)), reports.get(0));
        assertEquals(0.1, figures.get("utilisation_mean").doubleValue(), EXACT, "all busy for 1 s of 10");
        assertEquals(0.1, figures.get("queue_mean").doubleValue(), EXACT, "one waiting for 1 s of 10");
        assertEquals((3.0 * 1 + 2.0 * 9) / 10, figures.get("replicas_mean").doubleValue(), EXACT);
    }
}
