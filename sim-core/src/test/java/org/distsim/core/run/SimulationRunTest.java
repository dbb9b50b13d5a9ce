package org.distsim.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.check.InvariantViolation;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.kernel.SimObserver;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.kernel.SimulationConfig;
import org.distsim.core.metrics.Counter;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.StopReason;
import org.junit.jupiter.api.Test;

class SimulationRunTest {

    private static final long MS = 1_000_000L;

    private static final FigureSpec TICKS = FigureSpec.count("ticks", Role.LOAD, "ticks", "Ticks counted.");

    private record Tick() implements Message {
    }

    /** Counts one tick every millisecond as a node figure, and records when it finished. */
    private static final class Ticker implements Actor {
        private final ActorContext context;
        private final Counter ticks;
        long finishedAt = -1;

        Ticker(ActorContext context) {
            this.context = context;
            this.ticks = context.nodeMetrics().counter(TICKS);
        }

        @Override
        public void onStart() {
            context.setTimer(MS, new Tick());
        }

        @Override
        public void onMessage(ActorRef from, Message message) {
            ticks.increment();
            context.setTimer(MS, message);
        }

        @Override
        public void onFinish() {
            finishedAt = context.now();
        }
    }

    @Test
    void aRun_measuresAfterTheWarmup_closesEveryInterval_andFinishesEachActorOnce() {
        Simulation sim = new Simulation(SimulationConfig.of(1, 100 * MS).withWarmup(30 * MS).withInterval(40 * MS));
        Ticker[] ticker = new Ticker[1];
        sim.spawn("ticker", "test", ctx -> ticker[0] = new Ticker(ctx));
        List<String> intervals = new ArrayList<>();
        sim.addObserver(new SimObserver() {
            @Override
            public void onInterval(long start, long end) {
                intervals.add(start / MS + "-" + end / MS);
            }
        });
        SimulationRun run = new SimulationRun(sim, "ticks");
        RunResult result = run.run();
        // Ticks at 1..100 ms. Every boundary runs before the tick of its time, as it was scheduled
        // first: the summary counts the ticks at 30..100 ms, the intervals those at 1..39, 40..79
        // and 80..99 ms.
        assertEquals(71L, result.nodes().get("ticker").figures().get("ticks"));
        assertEquals(List.of("0-40", "40-80", "80-100"), intervals);
        assertEquals(List.of(39.0, 40.0, 20.0), result.series().values("node.ticker.ticks"));
        assertEquals(100 * MS, ticker[0].finishedAt);
        assertEquals(StopReason.Kind.COMPLETED, result.stop().kind());
        assertEquals("ticks", result.scenario());
        assertSame(result, run.finish(), "finishing again gives the same result");
    }

    @Test
    void aRunStoppedByALimit_closesItsLastPartialInterval() {
        Simulation sim = new Simulation(SimulationConfig.of(1, 100 * MS).withInterval(40 * MS).withLimits(50, 1000));
        sim.spawn("ticker", "test", Ticker::new);
        RunResult result = SimulationRun.run(sim, "limited");
        assertEquals(StopReason.Kind.EVENT_LIMIT, result.stop().kind());
        // 50 events: the boundary at 40 ms and 49 ticks, the last at 49 ms.
        assertEquals(49 * MS, result.durationNanos());
        assertEquals(List.of(0L, 40 * MS), result.series().startNanos());
    }

    @Test
    void aRunThatBreaksAnInvariant_endsWithTheViolation_everyTimeItIsAskedForItsResult() {
        Simulation sim = new Simulation(SimulationConfig.of(7, 10 * MS));
        ActorRef ticker = sim.spawn("ticker", "test", Ticker::new);
        SimulationRun run = new SimulationRun(sim, "bypass");
        run.start();
        // A delivery never counted as sent: what the load-spike fault used to do.
        sim.at(5 * MS, () -> sim.deliverAt(sim.now(), ticker, ticker, new Tick()));
        run.advanceTo(Long.MAX_VALUE);
        InvariantViolation first = assertThrows(InvariantViolation.class, run::finish);
        assertTrue(first.getMessage().contains("(scenario bypass, seed 7)"), first.getMessage());
        InvariantViolation again = assertThrows(InvariantViolation.class, run::finish);
        assertEquals(first.getMessage(), again.getMessage());
    }
}
