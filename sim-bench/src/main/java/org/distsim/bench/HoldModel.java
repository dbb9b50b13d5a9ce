package org.distsim.bench;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.kernel.SimObserver;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.kernel.SimulationConfig;
import org.distsim.core.net.Network;
import org.distsim.core.random.Exponential;

/**
 * The classic hold model on the real kernel: a constant population of pending events, each of
 * which, when it runs, schedules one replacement at {@code now + Exp(mean)}. Every event pops the
 * queue once and pushes it once, so events per second measures the kernel's pop, dispatch and push
 * at a fixed queue size (Vaucher and Duval, "A comparison of simulation event list algorithms",
 * CACM 18(4), 1975).
 *
 * <p>Two variants: {@link Kind#TIMERS} uses actor timers (the headline figure), and
 * {@link Kind#MESSAGES} circulates messages round a ring of actors through the real
 * {@link Network} with exponential latency, so every event is a network delivery and an observer,
 * when attached, sees an {@code onSend} and an {@code onDeliver} per event.
 *
 * <p>Messages are one preallocated record per actor, so the figure is the kernel's cost, not the
 * allocator's; a model that allocates a message per event pays that on top.
 */
final class HoldModel implements Benchmark {

    enum Kind { TIMERS, MESSAGES }

    /** The hold time's mean: one simulated second, so ties in time are rare. */
    static final long MEAN_DELAY_NANOS = 1_000_000_000L;

    private final Kind kind;
    private final int actors;
    private final int pending;
    private final long eventsPerIteration;
    private final ObserverKind observer;

    enum ObserverKind { NONE, NO_OP, COUNTING }

    HoldModel(Kind kind, int actors, int pending, long eventsPerIteration, ObserverKind observer) {
        if (pending % actors != 0) {
            throw new IllegalArgumentException("pending events (" + pending + ") must be a multiple of actors ("
                    + actors + ")");
        }
        this.kind = kind;
        this.actors = actors;
        this.pending = pending;
        this.eventsPerIteration = eventsPerIteration;
        this.observer = observer;
    }

    @Override
    public String unit() {
        return "events/s";
    }

    @Override
    public Run prepare(long seed) {
        // Enough simulated time for about eventsPerIteration events: the population turns over
        // pending / mean times per simulated nanosecond.
        long endNanos = eventsPerIteration / pending * MEAN_DELAY_NANOS;
        SimulationConfig config = SimulationConfig.of(seed, endNanos)
                .withInterval(endNanos) // one interval: no interval-boundary events inside the run
                .withLimits(SimulationConfig.DEFAULT_MAX_EVENTS, Math.max(pending * 2, 1024));
        Simulation sim = new Simulation(config);
        if (kind == Kind.MESSAGES) {
            sim.setTransport(new Network(sim, new Exponential(MEAN_DELAY_NANOS), 0.0));
        }
        Counting counter = null;
        switch (observer) {
            case NO_OP -> sim.addObserver(new SimObserver() { });
            case COUNTING -> {
                counter = new Counting();
                sim.addObserver(counter);
            }
            case NONE -> { }
        }
        int perActor = pending / actors;
        for (int i = 0; i < actors; i++) {
            String next = "hold-" + ((i + 1) % actors);
            if (kind == Kind.TIMERS) {
                sim.spawn("hold-" + i, "hold", ctx -> new TimerHolder(ctx, perActor));
            } else {
                sim.spawn("hold-" + i, "hold", ctx -> new RingHolder(ctx, perActor, next));
            }
        }
        sim.start();
        Counting seen = counter;
        return new Run() {
            @Override
            public long run() {
                long before = sim.events();
                sim.advanceTo(endNanos);
                if (sim.stopReason() == null || !sim.stopReason().isCompleted()) {
                    throw new IllegalStateException("hold model stopped early: " + sim.stopReason());
                }
                if (sim.pendingEvents() != pending) {
                    throw new IllegalStateException("hold population drifted: " + sim.pendingEvents());
                }
                return sim.events() - before;
            }

            @Override
            public String note() {
                return seen == null ? "" : "observer calls " + seen.calls;
            }
        };
    }

    /** The timer message; immutable and shared, as a timer that carries no data can be. */
    private record Hold() implements Message {
    }

    private static final class TimerHolder implements Actor {
        private final ActorContext ctx;
        private final ContinuousSampler delay;
        private final int timers;
        private final Hold hold = new Hold();

        TimerHolder(ActorContext ctx, int timers) {
            this.ctx = ctx;
            this.timers = timers;
            this.delay = new Exponential(MEAN_DELAY_NANOS).sampler(ctx.random("hold"));
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

    /** Passes every message it receives on to the next actor of the ring; the network adds the delay. */
    private static final class RingHolder implements Actor {
        private final ActorContext ctx;
        private final int messages;
        private final String nextName;
        private final Hold hold = new Hold();
        private ActorRef next;

        RingHolder(ActorContext ctx, int messages, String nextName) {
            this.ctx = ctx;
            this.messages = messages;
            this.nextName = nextName;
        }

        @Override
        public void onStart() {
            next = ctx.lookup(nextName);
            for (int i = 0; i < messages; i++) {
                ctx.send(next, hold);
            }
        }

        @Override
        public void onMessage(ActorRef from, Message message) {
            ctx.send(next, message);
        }
    }

    /** The least an observer that does anything can do. */
    private static final class Counting implements SimObserver {
        long calls;

        @Override
        public void onSend(long nowNanos, ActorRef from, ActorRef to, Message message, long deliverAtNanos) {
            calls++;
        }

        @Override
        public void onDeliver(long nowNanos, ActorRef from, ActorRef to, Message message) {
            calls++;
        }
    }
}
