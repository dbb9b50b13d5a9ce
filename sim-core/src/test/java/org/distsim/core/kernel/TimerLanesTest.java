package org.distsim.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * The event queue with timer lanes, step by step against the structure it replaces: the same queue
 * with every timer pushed into the ladder ({@code push(now + delay, ...)}, what
 * {@code Simulation.setTimer} did before lanes). Both get the same pushes, timers, cancels (of live,
 * ran and cancelled handles alike) and pops; every pop, peeked time, cancel answer and size must
 * agree.
 */
class TimerLanesTest {

    /** The queue under test and its ladder-only reference, driven together. */
    private static final class Twin {
        final EventQueue lanes = new EventQueue();
        final EventQueue ladder = new EventQueue();
        final List<long[]> handles = new ArrayList<>();
        long now;
        int next;
        int popped;

        void timer(long delay) {
            int payload = next++;
            int target = payload % 7;
            int tag = payload % 3;
            long a = lanes.pushTimer(now, delay, target, tag, payload);
            long b = ladder.push(now + delay, target, target, tag, payload);
            handles.add(new long[] {a, b});
            assertEquals(ladder.size(), lanes.size());
        }

        void event(long delay) {
            int payload = next++;
            long a = lanes.push(now + delay, -1, 5, -1, payload);
            long b = ladder.push(now + delay, -1, 5, -1, payload);
            handles.add(new long[] {a, b});
        }

        void cancel(int pick) {
            long[] handle = handles.get(pick);
            assertEquals(ladder.cancel(handle[1]), lanes.cancel(handle[0]), "cancel of handle " + pick);
            assertEquals(ladder.size(), lanes.size());
        }

        void peek() {
            if (!ladder.isEmpty()) {
                assertEquals(ladder.peekTime(), lanes.peekTime());
            }
        }

        void pop() {
            // Every other pop without a peek of its own: it must not take a stale decision from
            // the last peek when events were pushed or cancelled since.
            pop(popped % 2 == 0);
        }

        void pop(boolean peekFirst) {
            assertEquals(ladder.size(), lanes.size());
            if (ladder.isEmpty()) {
                assertTrue(lanes.isEmpty());
                return;
            }
            long time = ladder.peekTime();
            if (peekFirst) {
                assertEquals(time, lanes.peekTime(), "time of pop " + popped);
            }
            int a = lanes.pop();
            int b = ladder.pop();
            assertEquals(ladder.payload(b), lanes.payload(a), "event of pop " + popped + " at " + time);
            assertEquals(ladder.target(b), lanes.target(a));
            assertEquals(ladder.from(b), lanes.from(a));
            assertEquals(ladder.tag(b), lanes.tag(a));
            lanes.release(a);
            ladder.release(b);
            now = time;
            popped++;
        }

        void drain() {
            while (!ladder.isEmpty()) {
                pop();
            }
            assertTrue(lanes.isEmpty());
        }
    }

    /**
     * Random steps: a timer with a delay from {@code timerDelay}, a ladder event (a delivery or a
     * system action) {@code 0..eventSpread} ns ahead, a cancel (mostly of a recent handle, sometimes
     * of any handle ever issued, whatever became of it) or a pop.
     */
    private static Twin run(long seed, int steps, LongSupplier timerDelay, int eventSpread) {
        Random random = new Random(seed);
        Twin twin = new Twin();
        for (int step = 0; step < steps; step++) {
            int action = random.nextInt(10);
            if (action < 3) {
                twin.timer(timerDelay.getAsLong());
            } else if (action < 5) {
                twin.event(random.nextInt(eventSpread + 1));
            } else if (action < 7 && !twin.handles.isEmpty()) {
                int size = twin.handles.size();
                int pick = random.nextInt(4) == 0
                        ? random.nextInt(size)
                        : size - 1 - random.nextInt(Math.min(size, 32));
                twin.cancel(pick);
            } else if (action == 7) {
                // A peek alone: what it decided must not outlive the pushes and cancels after it.
                twin.peek();
            } else {
                twin.pop();
            }
        }
        twin.drain();
        return twin;
    }

    @Test
    void timersWithAFewDelays_tiedToTheNanosecondWithLadderEvents_comeOutInLadderOrder() {
        // Delays of 0 to 12 ns and ladder events 0 to 12 ns ahead: most times are shared by lane
        // timers, ladder timers and ladder events, so every tie rule is exercised.
        long[] delays = {0, 3, 7, 12};
        Random random = new Random(41);
        run(43, 400_000, () -> delays[random.nextInt(delays.length)], 12);
    }

    @Test
    void timeoutsMostlyCancelled_besideDrawnDelays_comeOutInLadderOrder() {
        // The shape of a request path: drawn delays of up to a few ms, which never repeat, and two
        // timeouts (1 s and 200 ms) set and then mostly cancelled, which fill lanes with dead entries.
        Random random = new Random(47);
        Twin twin = new Twin();
        List<Integer> timeouts = new ArrayList<>();
        for (int step = 0; step < 400_000; step++) {
            int action = random.nextInt(10);
            if (action < 3) {
                twin.timer(1 + (long) (random.nextDouble() * 3_000_000));
            } else if (action < 5) {
                timeouts.add(twin.handles.size());
                twin.timer(random.nextBoolean() ? 1_000_000_000L : 200_000_000L);
            } else if (action < 7 && !timeouts.isEmpty()) {
                int i = timeouts.size() - 1 - random.nextInt(Math.min(timeouts.size(), 200));
                twin.cancel(timeouts.get(i));
            } else {
                twin.pop();
            }
        }
        twin.drain();
    }

    @Test
    void timeoutsAlmostAlwaysCancelled_compactTheirLanes_andTheOrderHolds() {
        // Two timeouts, nearly all cancelled soon after being set, so dead entries outnumber live
        // ones again and again: compactions that move a lane's head past the other lane's.
        Random random = new Random(67);
        Twin twin = new Twin();
        List<Integer> timeouts = new ArrayList<>();
        for (int step = 0; step < 400_000; step++) {
            int action = random.nextInt(10);
            if (action < 3) {
                timeouts.add(twin.handles.size());
                twin.timer(random.nextBoolean() ? 1_000 : 1_300);
            } else if (action < 5) {
                twin.event(random.nextInt(60));
            } else if (action < 8 && !timeouts.isEmpty()) {
                if (random.nextInt(20) != 0) {
                    twin.cancel(timeouts.get(timeouts.size() - 1 - random.nextInt(Math.min(timeouts.size(), 8))));
                }
            } else {
                twin.pop();
            }
        }
        twin.drain();
    }

    @Test
    void aCompactionThatMovesALanesHeadPastAnotherLanesHead_keepsTheOrder() {
        // Lane A: 198 timers due at 1 002 to 1 199 ns (the first two of its delay, at 1 000 and
        // 1 001 ns, go to the ladder). Lane B: four timers due at 1 099 ns. Cancelling the first
        // 102 of A's delay makes A's dead entries (100) outnumber its live ones (98) and compacts
        // A, whose head is then its live timer at 1 102 ns, after B's head: the earliest head must
        // be found again.
        Twin twin = new Twin();
        for (int i = 0; i < 200; i++) {
            twin.now = i;
            twin.timer(1_000);
        }
        for (int i = 0; i < 6; i++) {
            twin.timer(900);
        }
        for (int i = 0; i < 102; i++) {
            twin.cancel(i);
        }
        twin.drain();
    }

    @Test
    void aPeekThenAnEarlierEventOrACancel_thenAPop_takesTheEventThatIsEarliestNow() {
        // A peek decides whether the next event is a lane timer's; a push or a cancel after it
        // must undo that decision.
        Twin twin = new Twin();
        for (int i = 0; i < 5; i++) {
            twin.timer(100);
        }
        // Only the lane's timers are left (the first two of the delay went to the ladder).
        twin.cancel(0);
        twin.cancel(1);
        twin.peek();
        twin.event(50);
        twin.pop(false);
        twin.peek();
        twin.cancel(4);
        twin.event(60);
        twin.pop(false);
        twin.peek();
        twin.timer(20);
        twin.pop(false);
        twin.drain();
    }

    @Test
    void everyRepeatingDelay_getsALane_evenWhenItsHashIsAnothers() {
        // 300 sets of eight delays: in some of them two delays hash to the same table entry (the
        // url-shortener's 1 s and 200 ms timeouts once did), and both must still get lanes. A
        // ninth delay gets none.
        Random random = new Random(71);
        for (int set = 0; set < 300; set++) {
            TimerLanes lanes = new TimerLanes();
            long[] delays = random.longs(TimerLanes.MAX_LANES + 1, 0, 10_000_000_000L).toArray();
            for (int seen = 1; seen <= TimerLanes.PROMOTE_AFTER; seen++) {
                for (int k = 0; k < delays.length; k++) {
                    int lane = lanes.laneFor(delays[k], delays[k]);
                    boolean promoted = seen == TimerLanes.PROMOTE_AFTER && k < TimerLanes.MAX_LANES;
                    assertEquals(promoted ? k : -1, lane, "set " + set + ", delay " + delays[k] + ", seen " + seen);
                }
            }
            for (int k = 0; k < TimerLanes.MAX_LANES; k++) {
                assertEquals(k, lanes.laneFor(delays[k], delays[k]));
            }
            assertEquals(-1, lanes.laneFor(delays[TimerLanes.MAX_LANES], delays[TimerLanes.MAX_LANES]));
        }
    }

    @Test
    void moreRepeatingDelaysThanLanes_comeOutInLadderOrder() {
        // 40 distinct repeating delays: eight get lanes, the others stay in the ladder, and some
        // share an entry of the table of delays seen.
        Random random = new Random(53);
        run(59, 400_000, () -> 1 + 17L * random.nextInt(40), 400);
    }

    @Test
    void delaysSpreadOverManyOrdersOfMagnitude_includingTheLargest_comeOutInLadderOrder() {
        // Repeating delays from a nanosecond to near Long.MAX_VALUE, the clock kept small enough
        // that now + delay never overflows: lane heads and ladder tiers far apart and close.
        Random random = new Random(61);
        long[] delays = {1, 1_000, 1L << 30, 1L << 50, Long.MAX_VALUE / 4, Long.MAX_VALUE / 2};
        Twin twin = new Twin();
        for (int step = 0; step < 200_000; step++) {
            int action = random.nextInt(10);
            if (action < 4) {
                twin.timer(delays[random.nextInt(delays.length)]);
            } else if (action < 6) {
                twin.event(random.nextInt(2_000));
            } else if (action < 8 && !twin.handles.isEmpty()) {
                twin.cancel(random.nextInt(twin.handles.size()));
            } else if (twin.ladder.size() > 0 && twin.ladder.peekTime() < Long.MAX_VALUE / 4) {
                twin.pop();
            }
        }
        twin.drain();
    }

    @Test
    void aTimerAtLongMaxValue_comesOutLast_inSchedulingOrder() {
        Twin twin = new Twin();
        for (int i = 0; i < 10; i++) {
            twin.timer(Long.MAX_VALUE);
            twin.event(Long.MAX_VALUE);
        }
        twin.drain();
    }

    @Test
    void aClockThatGoesBack_sendsTheTimerToTheLadder_andTheOrderHolds() {
        // Simulation's clock never goes back, but a lane must not rely on its caller for its order.
        Twin twin = new Twin();
        twin.now = 1_000;
        for (int i = 0; i < 10; i++) {
            twin.timer(50);
        }
        twin.now = 900;
        for (int i = 0; i < 10; i++) {
            twin.timer(50);
        }
        twin.now = 0;
        twin.drain();
    }

    @Test
    void handlesOfTimersThatRanOrWereCancelled_cancelNothing_evenWhenTheirSlotsAreReused() {
        EventQueue queue = new EventQueue();
        List<Long> handles = new ArrayList<>();
        // Six timers of one delay: the first two go to the ladder, the rest to a lane.
        for (int i = 0; i < 6; i++) {
            handles.add(queue.pushTimer(i, 100, 0, 0, i));
        }
        assertEquals(3, TimerLanes.PROMOTE_AFTER);
        assertTrue((int) (long) handles.get(1) >= 0, "a ladder handle");
        assertTrue((int) (long) handles.get(2) < 0, "a lane handle");
        long cancelled = handles.get(5);
        assertTrue(queue.cancel(cancelled));
        assertFalse(queue.cancel(cancelled));
        for (int i = 0; i < 3; i++) {
            int slot = queue.pop();
            assertEquals(i, queue.payload(slot));
            queue.release(slot);
        }
        long ranInLadder = handles.get(0);
        long ranInLane = handles.get(2);
        assertFalse(queue.cancel(ranInLadder));
        assertFalse(queue.cancel(ranInLane));
        // New timers of the same delay reuse the freed lane slots under new generations.
        for (int i = 0; i < 10; i++) {
            queue.pushTimer(102, 100, 0, 0, "again" + i);
        }
        assertFalse(queue.cancel(cancelled));
        assertFalse(queue.cancel(ranInLane));
        assertFalse(queue.cancel(ranInLadder));
        assertEquals(2 + 10, queue.size());
        assertTrue(queue.cancel(handles.get(3)));
        assertTrue(queue.cancel(handles.get(4)));
        assertEquals(10, queue.size());
    }

    @Test
    void aMillionTimeoutsSetAndCancelled_keepALaneAsSmallAsItsLiveTimers() {
        // Dead entries are compacted away once they outnumber the live ones, so a long timeout
        // that is always cancelled holds no memory however often it is set.
        TimerLanes lanes = new TimerLanes();
        long now = 0;
        long seq = 0;
        long[] live = new long[100];
        int lane = -1;
        for (int i = 0; i < 1_000_000; i++) {
            now += 7;
            int chosen = lanes.laneFor(3_600_000_000_000L, now + 3_600_000_000_000L);
            if (chosen < 0) {
                continue;
            }
            lane = chosen;
            long handle = lanes.append(lane, now + 3_600_000_000_000L, seq++, 0, 0, null);
            int k = i % live.length;
            if (live[k] != 0) {
                assertTrue(lanes.cancel(live[k]));
            }
            live[k] = handle;
        }
        assertEquals(0, lane);
        assertEquals(live.length, lanes.size());
        assertTrue(lanes.entriesOf(lane) <= 2 * live.length + TimerLanes.COMPACT_MIN_DEAD,
                "entries: " + lanes.entriesOf(lane));
    }

    @Test
    void laneTimersOfACrashedActor_neverFire_andTimeoutsCutToTheRunsEnd_neverFireEither() {
        long ms = 1_000_000L;
        Simulation sim = new Simulation(SimulationConfig.of(1, 1_000 * ms));
        SimulationTest.Recorder[] holder = new SimulationTest.Recorder[1];
        ActorRef a = sim.spawn("a", "test", ctx -> holder[0] = new SimulationTest.Recorder(ctx));
        ActorContext context = holder[0].context;
        sim.start();
        for (int i = 0; i < 6; i++) {
            context.setTimer(5 * ms, new SimulationTest.Tick("before-crash-" + i));
            // An hour, cut to just past the run's end: still never fires.
            context.setTimer(3_600_000 * ms, new SimulationTest.Tick("past-the-end-" + i));
        }
        sim.at(1 * ms, () -> sim.crash(a));
        sim.at(2 * ms, () -> sim.restart(a));
        sim.at(3 * ms, () -> {
            for (int i = 0; i < 6; i++) {
                context.setTimer(5 * ms, new SimulationTest.Tick("after-restart-" + i));
            }
        });
        assertEquals(12 + 3, sim.pendingEvents());
        sim.advanceTo(1_000 * ms);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            expected.add(8 * ms + ":a:after-restart-" + i);
        }
        assertEquals(expected, holder[0].log);
        assertEquals(6, sim.pendingEvents());
        assertEquals(6 + 3 + 6, sim.events());
    }
}
