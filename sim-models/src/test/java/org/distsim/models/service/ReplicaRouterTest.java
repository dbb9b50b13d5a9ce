package org.distsim.models.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.models.station.Occupancy;
import org.distsim.models.station.Station;
import org.junit.jupiter.api.Test;

/** Which ready replica an arriving request goes to, under each balancing policy. */
class ReplicaRouterTest {

    private final OneService node = new OneService(OneService.SECOND);
    private final Occupancy occupancy = new Occupancy(node.context, "service", 3);

    private List<Replica> replicas(int count) {
        List<Replica> replicas = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            replicas.add(new Replica(new Station<>(occupancy, 1, null, job -> {
            })));
        }
        return replicas;
    }

    private static void load(Replica replica, int requests) {
        for (int i = 0; i < requests; i++) {
            replica.station.offer(new Job(null, null, replica));
        }
    }

    private List<Integer> choices(ReplicaRouter router, List<Replica> ready, int count) {
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(ready.indexOf(router.choose(ready)));
        }
        return chosen;
    }

    @Test
    void roundRobin_handsRequestsToTheReadyReplicasInTurn() {
        ReplicaRouter router = new ReplicaRouter(node.context, ReplicaBalancing.ROUND_ROBIN);

        assertEquals(List.of(0, 1, 2, 0, 1, 2, 0), choices(router, replicas(3), 7));
    }

    @Test
    void roundRobin_startsAgainAtTheFirst_whenTheReplicaWhoseTurnItWasIsGone() {
        ReplicaRouter router = new ReplicaRouter(node.context, ReplicaBalancing.ROUND_ROBIN);
        List<Replica> ready = replicas(3);
        choices(router, ready, 2);

        ready.remove(2);

        assertEquals(List.of(0, 1, 0), choices(router, ready, 3));
    }

    @Test
    void leastLoaded_picksTheReplicaWithTheFewestRequests() {
        ReplicaRouter router = new ReplicaRouter(node.context, ReplicaBalancing.LEAST_LOADED);
        List<Replica> ready = replicas(3);
        load(ready.get(0), 3);
        load(ready.get(1), 1);
        load(ready.get(2), 2);

        assertSame(ready.get(1), router.choose(ready));
    }

    @Test
    void leastLoaded_breaksTiesInTurn() {
        ReplicaRouter router = new ReplicaRouter(node.context, ReplicaBalancing.LEAST_LOADED);

        assertEquals(List.of(0, 1, 2, 0), choices(router, replicas(3), 4));
    }

    @Test
    void random_drawsFromTheNodesReplicaBalancingStream_andNothingWhileOneReplicaIsReady() {
        ReplicaRouter router = new ReplicaRouter(node.context, ReplicaBalancing.RANDOM);
        List<Replica> three = replicas(3);

        assertEquals(List.of(0, 0, 0), choices(router, three.subList(0, 1), 3));
        List<Integer> chosen = choices(router, three, 50);

        UniformRandomProvider stream = node.context.random("replica-balancing");
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            expected.add(stream.nextInt(3));
        }
        assertEquals(expected, chosen);
    }
}
