package org.distsim.bench;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.random.Exponential;
import org.distsim.core.random.RandomStreams;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * The peer: the same hold model as {@link HoldModel}, written the way an SSJ 3.3.2 user would
 * write it. Each pending event is an {@link Event} subclass that reschedules itself in
 * {@code actions()} at {@code Exp(mean)} from now; the events are grouped under the same number of
 * "actors" as the distsim model, each with its own {@link MRG32k3a} stream and
 * {@link ExponentialGen} (SSJ's one-stream-per-purpose style). The event list is SSJ's default, a
 * splay tree, on a fresh (non-static) {@link Simulator} per iteration.
 *
 * <p>With {@code samePrng} the events draw from distsim's own streams and ziggurat sampler
 * instead, which takes the random-number generator out of the comparison and leaves the event
 * lists.
 */
final class SsjHold implements Benchmark {

    private static final double MEAN = 1.0; // one simulated second, as in HoldModel

    private final int actors;
    private final int pending;
    private final long eventsPerIteration;
    private final boolean samePrng;

    SsjHold(int actors, int pending, long eventsPerIteration, boolean samePrng) {
        this.actors = actors;
        this.pending = pending;
        this.eventsPerIteration = eventsPerIteration;
        this.samePrng = samePrng;
    }

    @Override
    public String unit() {
        return "events/s";
    }

    @Override
    public Run prepare(long seed) {
        Simulator sim = new Simulator();
        sim.init();
        Counter counter = new Counter();
        RandomStreams streams = new RandomStreams(seed, 0);
        MRG32k3a.setPackageSeed(ssjSeed(seed));
        for (int a = 0; a < actors; a++) {
            ExponentialGen gen = samePrng ? null : new ExponentialGen(new MRG32k3a(), 1.0 / MEAN);
            ContinuousSampler sampler = samePrng
                    ? new Exponential(MEAN).sampler(streams.stream("hold-" + a, "hold")) : null;
            for (int e = 0; e < pending / actors; e++) {
                HoldEvent event = new HoldEvent(sim, gen, sampler, counter);
                event.schedule(event.delay());
            }
        }
        double end = (double) eventsPerIteration / pending * MEAN;
        new Event(sim) {
            @Override
            public void actions() {
                sim.stop();
            }
        }.schedule(end);
        return () -> {
            sim.start();
            if (sim.getEventList().isEmpty()) {
                throw new IllegalStateException("the hold population died out");
            }
            return counter.events;
        };
    }

    /** SSJ's package seed: six values, the first three below m1 and the last three below m2. */
    static long[] ssjSeed(long seed) {
        long s = Math.floorMod(seed, 4_294_944_442L) + 1;
        return new long[] {s, s, s, s, s, s};
    }

    private static final class Counter {
        long events;
    }

    private static final class HoldEvent extends Event {
        private final ExponentialGen gen;
        private final ContinuousSampler sampler;
        private final Counter counter;

        HoldEvent(Simulator sim, ExponentialGen gen, ContinuousSampler sampler, Counter counter) {
            super(sim);
            this.gen = gen;
            this.sampler = sampler;
            this.counter = counter;
        }

        double delay() {
            return gen != null ? gen.nextDouble() : sampler.sample();
        }

        @Override
        public void actions() {
            counter.events++;
            schedule(delay());
        }
    }
}
