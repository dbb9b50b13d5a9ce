package org.distsim.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.result.DropReason;
import org.distsim.core.result.NetworkResult;
import org.distsim.core.result.StopReason;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private static final long SECOND = 1_000_000_000L;

    record Tick(String label) implements Message {
    }

    /** Records what it receives, and when. */
    static final class Recorder implements Actor {
        final ActorContext context;
        final List<String> log = new ArrayList<>();

        Recorder(ActorContext context) {
            this.context = context;
        }

        @Override
        public void onMessage(ActorRef from, Message message) {
            log.add(context.now() + ":" + from + ":" + ((Tick) message).label());
        }
    }

    @Test
    void timersFireAtTheirTime_andTiesFollowSchedulingOrder() {
        Simulation sim = new Simulation(SimulationConfig.of(1, 10 * SECOND));
        List<Recorder> recorders = new ArrayList<>();
        sim.spawn("a", "test", ctx -> {
            Recorder r = new Recorder(ctx);
            recorders.add(r);
            return r;
        });
        Recorder a = recorders.get(0);
        sim.start();
        a.context.setTimer(5, new Tick("x"));
        a.context.setTimer(3, new Tick("y"));
        a.context.setTimer(5, new Tick("z"));
        sim.advanceTo(10 * SECOND);
        assertEquals(List.of("3:a:y", "5:a:x", "5:a:z"), a.log);
    }

    @Test
    void aCancelledTimer_neverFires() {
        Simulation sim = new Simulation(SimulationConfig.of(1, SECOND));
        Recorder[] holder = new Recorder[1];
        sim.spawn("a", "test", ctx -> holder[0] = new Recorder(ctx));
        sim.start();
        long timer = holder[0].context.setTimer(10, new Tick("cancelled"));
        holder[0].context.setTimer(20, new Tick("kept"));
        assertTrue(holder[0].context.cancelTimer(timer));
        assertFalse(holder[0].context.cancelTimer(timer));
        sim.advanceTo(SECOND);
        assertEquals(List.of("20:a:kept"), holder[0].log);
    }

    @Test
    void aCrashedActor_losesItsTimersAndMessages_untilItRestarts() {
        Simulation sim = new Simulation(SimulationConfig.of(1, SECOND));
        Recorder[] holder = new Recorder[2];
        ActorRef a = sim.spawn("a", "test", ctx -> holder[0] = new Recorder(ctx));
        sim.spawn("b", "test", ctx -> holder[1] = new Recorder(ctx));
        sim.start();
        holder[0].context.setTimer(100, new Tick("timer-before-crash"));
        sim.at(50, () -> sim.crash(a));
        sim.at(60, () -> holder[1].context.send(a, new Tick("to-crashed")));
        sim.at(200, () -> sim.restart(a));
        sim.at(210, () -> holder[1].context.send(a, new Tick("after-restart")));
        sim.advanceTo(SECOND);
        NetworkResult counts = sim.messageCounts();
        assertEquals(List.of("210:b:after-restart"), holder[0].log);
        assertEquals(1, counts.droppedByReason().get(DropReason.NODE_DOWN));
        assertEquals(2, counts.sent());
        assertEquals(1, counts.delivered());
    }

    @Test
    void theEventLimit_endsTheRunWithAMessageNamingIt() {
        Simulation sim = new Simulation(SimulationConfig.of(1, SECOND).withLimits(1000, 1000));
        sim.spawn("looper", "test", ctx -> new Actor() {
            @Override
            public void onStart() {
                ctx.setTimer(1, new Tick("again"));
            }

            @Override
            public void onMessage(ActorRef from, Message message) {
                ctx.setTimer(1, message);
            }
        });
        sim.start();
        assertFalse(sim.advanceTo(SECOND));
        assertEquals(StopReason.Kind.EVENT_LIMIT, sim.stopReason().kind());
        assertEquals(1000, sim.events());
        assertTrue(sim.stopReason().message().contains("1000 events"), sim.stopReason().message());
    }

    @Test
    void thePendingLimit_endsARunawayRunInsteadOfExhaustingMemory() {
        Simulation sim = new Simulation(SimulationConfig.of(1, SECOND).withLimits(1_000_000, 500));
        sim.spawn("doubler", "test", ctx -> new Actor() {
            @Override
            public void onStart() {
                ctx.setTimer(1, new Tick("x"));
            }

            @Override
            public void onMessage(ActorRef from, Message message) {
                ctx.setTimer(1, message);
                ctx.setTimer(2, message);
            }
        });
        sim.start();
        assertFalse(sim.advanceTo(SECOND));
        assertEquals(StopReason.Kind.PENDING_LIMIT, sim.stopReason().kind());
        assertTrue(sim.stopReason().message().contains("overloaded"), sim.stopReason().message());
    }

    @Test
    void aModelLimit_endsTheRunAndReportsTheComponentsMessage() {
        Simulation sim = new Simulation(SimulationConfig.of(1, SECOND));
        sim.spawn("bounded", "test", ctx -> new Actor() {
            @Override
            public void onStart() {
                ctx.setTimer(7, new Tick("x"));
            }

            @Override
            public void onMessage(ActorRef from, Message message) {
                throw new ModelLimitException("queue full beyond its cap");
            }
        });
        sim.start();
        assertFalse(sim.advanceTo(SECOND));
        assertEquals(StopReason.Kind.MODEL_LIMIT, sim.stopReason().kind());
        assertEquals(7, sim.now());
        assertTrue(sim.stopReason().message().contains("queue full beyond its cap"));
    }

    @Test
    void anExceptionInAnActor_isReportedWithTimeEventAndActor() {
        Simulation sim = new Simulation(SimulationConfig.of(1, SECOND));
        sim.spawn("broken", "test", ctx -> new Actor() {
            @Override
            public void onStart() {
                ctx.setTimer(42, new Tick("x"));
            }

            @Override
            public void onMessage(ActorRef from, Message message) {
                throw new IllegalStateException("boom");
            }
        });
        sim.start();
        SimulationException e = assertThrows(SimulationException.class, () -> sim.advanceTo(SECOND));
        assertEquals(42, e.atNanos());
        assertEquals("broken", e.actor());
        assertTrue(e.getMessage().contains("boom"));
    }

    @Test
    void step_runsExactlyOneEventAtATime() {
        Simulation sim = new Simulation(SimulationConfig.of(1, SECOND));
        Recorder[] holder = new Recorder[1];
        sim.spawn("a", "test", ctx -> holder[0] = new Recorder(ctx));
        sim.start();
        holder[0].context.setTimer(10, new Tick("one"));
        holder[0].context.setTimer(20, new Tick("two"));
        long before = sim.events();
        sim.step();
        sim.step();
        assertEquals(before + 2, sim.events());
        assertEquals(List.of("10:a:one", "20:a:two"), holder[0].log);
        assertEquals(20, sim.now());
    }

    @Test
    void observers_seeEveryDeliveryAndDrop() {
        Simulation sim = new Simulation(SimulationConfig.of(1, SECOND));
        List<String> seen = new ArrayList<>();
        sim.addObserver(new SimObserver() {
            @Override
            public void onDeliver(long now, ActorRef from, ActorRef to, Message message) {
                seen.add("deliver " + to);
            }

            @Override
            public void onDrop(long now, ActorRef from, ActorRef to, Message message, DropReason reason) {
                seen.add("drop " + to + " " + reason);
            }
        });
        Recorder[] holder = new Recorder[2];
        ActorRef a = sim.spawn("a", "test", ctx -> holder[0] = new Recorder(ctx));
        sim.spawn("b", "test", ctx -> holder[1] = new Recorder(ctx));
        sim.start();
        holder[1].context.send(a, new Tick("hello"));
        sim.at(5, () -> sim.crash(a));
        sim.at(6, () -> holder[1].context.send(a, new Tick("lost")));
        sim.advanceTo(SECOND);
        assertEquals(List.of("deliver a", "drop a node-down"), seen);
    }

    @Test
    void deliverAt_refusesToScheduleInThePast() {
        Simulation sim = new Simulation(SimulationConfig.of(1, SECOND));
        ActorRef a = sim.spawn("a", "test", Recorder::new);
        sim.start();
        sim.at(100, () -> { });
        sim.advanceTo(100);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sim.deliverAt(99, a, a, new Tick("late")));
        assertTrue(e.getMessage().contains("in the past"), e.getMessage());
        assertEquals(0, sim.messageCounts().inFlight(), "a refused delivery is not counted");
    }

    /** An actor that throws from the lifecycle call named {@code failIn}. */
    private static Actor failingIn(String failIn) {
        return new Actor() {
            @Override
            public void onStart() {
                fail("onStart");
            }

            @Override
            public void onMessage(ActorRef from, Message message) {
            }

            @Override
            public void onCrash() {
                fail("onCrash");
            }

            @Override
            public void onRestart() {
                fail("onRestart");
            }

            @Override
            public void onFinish() {
                fail("onFinish");
            }

            private void fail(String phase) {
                if (phase.equals(failIn)) {
                    throw new IllegalStateException("boom in " + phase);
                }
            }
        };
    }

    @Test
    void anExceptionInOnStart_isReportedWithTimeEventAndActor() {
        Simulation sim = new Simulation(SimulationConfig.of(1, SECOND));
        sim.spawn("fine", "test", Recorder::new);
        sim.spawn("broken", "test", ctx -> failingIn("onStart"));
        SimulationException e = assertThrows(SimulationException.class, sim::start);
        assertEquals(0, e.atNanos());
        assertEquals(0, e.event());
        assertEquals("broken", e.actor());
        assertEquals("onStart", e.phase());
        assertTrue(e.getMessage().contains("actor broken in onStart: java.lang.IllegalStateException: boom in onStart"),
                e.getMessage());
    }

    @Test
    void anExceptionInOnCrashOrOnRestart_namesTheCrashedActor_notTheSystem() {
        for (String phase : List.of("onCrash", "onRestart")) {
            Simulation sim = new Simulation(SimulationConfig.of(1, SECOND));
            ActorRef broken = sim.spawn("broken", "test", ctx -> failingIn(phase));
            sim.start();
            sim.at(30, () -> sim.crash(broken));
            sim.at(40, () -> sim.restart(broken));
            SimulationException e = assertThrows(SimulationException.class, () -> sim.advanceTo(SECOND));
            assertEquals(phase.equals("onCrash") ? 30 : 40, e.atNanos());
            assertEquals(phase.equals("onCrash") ? 1 : 2, e.event());
            assertEquals("broken", e.actor());
            assertEquals(phase, e.phase());
        }
    }

    @Test
    void anExceptionInOnFinish_isReportedWithTimeEventAndActor() {
        Simulation sim = new Simulation(SimulationConfig.of(1, SECOND));
        sim.spawn("broken", "test", ctx -> failingIn("onFinish"));
        sim.start();
        sim.at(5, () -> { });
        sim.advanceTo(SECOND);
        SimulationException e = assertThrows(SimulationException.class, sim::finish);
        assertEquals(SECOND, e.atNanos());
        assertEquals(1, e.event());
        assertEquals("broken", e.actor());
        assertEquals("onFinish", e.phase());
    }

    @Test
    void aSystemMessage_isCountedAsSent_andDeliveredAfterWhatIsAlreadyScheduledNow() {
        Simulation sim = new Simulation(SimulationConfig.of(1, SECOND));
        Recorder[] holder = new Recorder[1];
        ActorRef a = sim.spawn("a", "test", ctx -> holder[0] = new Recorder(ctx));
        sim.start();
        holder[0].context.setTimer(10, new Tick("timer"));
        sim.at(10, () -> sim.sendNow(a, a, new Tick("system")));
        sim.advanceTo(SECOND);
        assertEquals(List.of("10:a:timer", "10:a:system"), holder[0].log);
        NetworkResult counts = sim.messageCounts();
        assertEquals(1, counts.sent());
        assertEquals(1, counts.delivered());
        assertEquals(0, counts.inFlight());
    }

    @Test
    void messageCounts_areKeptApart_soADeliveryThatWasNeverSentShows() {
        Simulation sim = new Simulation(SimulationConfig.of(1, SECOND));
        ActorRef a = sim.spawn("a", "test", Recorder::new);
        sim.start();
        // What the load-spike bug did: a delivery scheduled directly, never counted as sent.
        sim.deliverAt(5, a, a, new Tick("uncounted"));
        sim.deliverAt(2 * SECOND, a, a, new Tick("after the end"));
        sim.advanceTo(SECOND);
        NetworkResult counts = sim.messageCounts();
        assertEquals(0, counts.sent());
        assertEquals(1, counts.delivered());
        assertEquals(1, counts.inFlight());
    }

    @Test
    void workNanos_scalesNominalWorkByTheInstalledScale_andRounds() {
        Simulation sim = new Simulation(SimulationConfig.of(1, SECOND));
        ActorContext[] contexts = new ActorContext[2];
        sim.spawn("normal", "test", ctx -> new Recorder(contexts[0] = ctx));
        ActorRef slow = sim.spawn("slow", "test", ctx -> new Recorder(contexts[1] = ctx));
        assertEquals(1001, contexts[1].workNanos(1000.6), "normal speed without a scale");
        sim.setWorkScale(actor -> actor.equals(slow) ? 3.0 : 1.0);
        assertEquals(1000, contexts[0].workNanos(1000.4));
        assertEquals(3001, contexts[1].workNanos(1000.4));
    }
}
