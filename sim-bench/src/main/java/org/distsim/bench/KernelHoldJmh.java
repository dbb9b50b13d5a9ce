package org.distsim.bench;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.kernel.SimulationConfig;
import org.distsim.core.random.Exponential;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The kernel hold model of (a) and (b) as a JMH microbenchmark, for a second opinion on the
 * driver's figures: one operation is one event ({@link Simulation#step()}), so the score is
 * nanoseconds per event. Not part of the one command; run it with
 * {@code java -cp sim-bench/target/benchmarks.jar org.openjdk.jmh.Main KernelHoldJmh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class KernelHoldJmh {

    @Param({"1000", "100000"})
    public int pending;

    private Simulation sim;

    @Setup(Level.Iteration)
    public void setUp() {
        // An end far beyond any iteration: the population never runs out.
        sim = new Simulation(SimulationConfig.of(42, Long.MAX_VALUE / 4).withInterval(Long.MAX_VALUE / 4));
        int actors = 1_000;
        for (int i = 0; i < actors; i++) {
            sim.spawn("hold-" + i, "hold", ctx -> new Holder(ctx, pending / actors));
        }
        sim.start();
    }

    @Benchmark
    public boolean event() {
        return sim.step();
    }

    private record Hold() implements Message {
    }

    private static final class Holder implements Actor {
        private final ActorContext ctx;
        private final ContinuousSampler delay;
        private final int timers;
        private final Hold hold = new Hold();

        Holder(ActorContext ctx, int timers) {
            this.ctx = ctx;
            this.timers = timers;
            this.delay = new Exponential(HoldModel.MEAN_DELAY_NANOS).sampler(ctx.random("hold"));
        }

        @Override
        public void onStart() {
            for (int i = 0; i < timers; i++) {
                ctx.setTimer((long) delay.sample(), hold);
            }
        }

        @Override
        public void onMessage(ActorRef from, Message message) {
            ctx.setTimer((long) delay.sample(), hold);
        }
    }
}
