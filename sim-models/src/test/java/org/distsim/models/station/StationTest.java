package org.distsim.models.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.kernel.ModelLimitException;
import org.junit.jupiter.api.Test;

/** The rules of one station: c workers, one FIFO queue, an optional capacity, a crash. */
class StationTest {

    private final OneNode node = new OneNode(10 * OneNode.SECOND);
    private final List<String> started = new ArrayList<>();

    private Station<String> station(Occupancy occupancy, int workers, Integer queueCapacity) {
        return new Station<>(occupancy, workers, queueCapacity, started::add);
    }

    private Station<String> station(int workers, Integer queueCapacity) {
        return station(new Occupancy(node.context, "database", workers), workers, queueCapacity);
    }

    @Test
    void offer_startsJobsWhileAWorkerIsFree_andQueuesTheRest() {
        Station<String> station = station(2, null);

        assertTrue(station.offer("a"));
        assertTrue(station.offer("b"));
        assertTrue(station.offer("c"));

        assertEquals(List.of("a", "b"), started);
        assertEquals(3, station.load());
    }

    @Test
    void release_handsTheFreedWorkerToTheOldestWaitingJob() {
        Station<String> station = station(1, null);
        for (String job : List.of("a", "b", "c", "d")) {
            station.offer(job);
        }

        station.release();
        station.release();

        assertEquals(List.of("a", "b", "c"), started);
        assertEquals(2, station.load());
    }

    @Test
    void release_ofTheLastJob_leavesTheStationIdle() {
        Station<String> station = station(2, null);
        station.offer("a");
        station.offer("b");

        station.release();
        assertFalse(station.idle());
        station.release();

        assertTrue(station.idle());
        assertEquals(0, station.load());
    }

    @Test
    void offer_toAFullQueue_isRefused_andChangesNothing() {
        Station<String> station = station(1, 1);
        station.offer("a");
        station.offer("b");

        assertFalse(station.offer("c"));

        assertEquals(List.of("a"), started);
        assertEquals(2, station.load());
        station.release();
        assertEquals(List.of("a", "b"), started, "the refused job never starts");
    }

    @Test
    void offer_withNoWaitingRoom_refusesWhenEveryWorkerIsBusy() {
        Station<String> station = station(2, 0);

        assertTrue(station.offer("a"));
        assertTrue(station.offer("b"));
        assertFalse(station.offer("c"));
    }

    @Test
    void clear_losesTheWaitingAndRunningJobs_andTheOccupancyForgetsThem() {
        Occupancy occupancy = new Occupancy(node.context, "database", 4);
        Station<String> first = station(occupancy, 2, null);
        Station<String> second = station(occupancy, 2, null);
        first.offer("a");
        first.offer("b");
        first.offer("c");
        second.offer("d");

        first.clear();

        assertTrue(first.idle());
        assertEquals(0, first.load());
        assertEquals(0, occupancy.queued());
        assertEquals(0.25, occupancy.utilisationNow(), 1e-12, "only the other station's job is left");
        first.offer("e");
        assertEquals(List.of("a", "b", "d", "e"), started, "a cleared station starts the next job at once");
    }

    @Test
    void anUnboundedQueue_atItsHardCap_endsTheRunWithAMessageNamingTheNodeItsBacklogAndItsGrowth() {
        Station<String> station = station(1, null);
        station.offer("running");
        String[] message = new String[1];
        // The backlog builds up over 4 simulated seconds from an empty queue: 250,000 per second.
        node.simulation.at(4 * OneNode.SECOND, () -> {
            for (int i = 0; i < Station.UNBOUNDED_QUEUE_CAP; i++) {
                station.offer("waiting");
            }
            message[0] = assertThrows(ModelLimitException.class, () -> station.offer("one too many")).getMessage();
        });
        node.simulation.advanceTo(5 * OneNode.SECOND);

        assertTrue(message[0].startsWith("database db has 1000000 requests waiting (the most an unbounded queue may"
                + " hold), growing by 250000 per simulated second since t=0.000 s: it is overloaded"), message[0]);
        assertTrue(message[0].endsWith("set queue-capacity to model rejections instead, or add workers"), message[0]);
    }

    @Test
    void anUnboundedQueue_holdsAMillionRequests_soAnOverloadStopsBeforeItFillsTheHeap() {
        assertEquals(1_000_000, Station.UNBOUNDED_QUEUE_CAP);
        Station<String> station = station(1, null);
        station.offer("running");
        for (int i = 0; i < Station.UNBOUNDED_QUEUE_CAP; i++) {
            assertTrue(station.offer("waiting"));
        }
        assertThrows(ModelLimitException.class, () -> station.offer("one too many"));
    }

    @Test
    void aQueueCapacityAsLargeAsTheCap_rejectsRatherThanStopsTheRun() {
        Station<String> station = station(1, Station.UNBOUNDED_QUEUE_CAP);
        station.offer("running");
        for (int i = 0; i < Station.UNBOUNDED_QUEUE_CAP; i++) {
            station.offer("waiting");
        }
        assertFalse(station.offer("one too many"), "a queue-capacity given is a capacity, not the hard cap");
    }
}
