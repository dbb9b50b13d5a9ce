package org.distsim.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.observe.SimObserver;
import org.distsim.core.result.RunResult;
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
        RunResult result = sim.finish("crash");
        assertEquals(List.of("210:b:after-restart"), holder[0].log);
        assertEquals(1, result.network().droppedByReason().get("node-down"));
        assertEquals(2, result.network().sent());
        assertEquals(1, result.network().delivered());
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
        RunResult result = sim.run("limit");
        assertEquals(StopReason.Kind.EVENT_LIMIT, result.stop().kind());
        assertEquals(1000, result.events());
        assertTrue(result.stop().message().contains("1000 events"), result.stop().message());
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
        RunResult result = sim.run("runaway");
        assertEquals(StopReason.Kind.PENDING_LIMIT, result.stop().kind());
        assertTrue(result.stop().message().contains("overloaded"), result.stop().message());
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
        RunResult result = sim.run("model-limit");
        assertEquals(StopReason.Kind.MODEL_LIMIT, result.stop().kind());
        assertEquals(7, result.durationNanos());
        assertTrue(result.stop().message().contains("queue full beyond its cap"));
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
        SimulationException e = assertThrows(SimulationException.class, () -> sim.run("broken"));
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
        // The interval boundary at t = 1 s has not run: only the two timers did.
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
            public void onDrop(long now, ActorRef from, ActorRef to, Message message, String reason) {
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
}
