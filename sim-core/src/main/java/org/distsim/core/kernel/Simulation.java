package org.distsim.core.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.metrics.Metrics;
import org.distsim.core.observe.Observers;
import org.distsim.core.observe.SimObserver;
import org.distsim.core.random.RandomStreams;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.StopReason;

/**
 * The discrete-event kernel: a clock, a queue of pending events and the actors they go to.
 *
 * <p>Time is a {@code long} of nanoseconds and only moves forward, jumping to the next event.
 * Events run one at a time in (time, scheduling order), so a run is a pure function of the
 * scenario and its seed. There are three kinds of event: a <em>delivery</em> of a message that
 * crossed the network, a <em>timer</em> an actor set for itself, and a <em>system action</em>
 * (faults, warm-up, interval boundaries, commands from a live view).
 *
 * <p>A crashed actor receives nothing: deliveries to it are dropped, and its timers die with it
 * because each timer remembers the incarnation of the actor that set it.
 *
 * <p>Not thread-safe: a run belongs to one thread. Parallelism is across runs.
 */
public final class Simulation {

    private static final int DELIVERY = -1;
    private static final int SYSTEM = -1;

    private final SimulationConfig config;
    private final RandomStreams streams;
    private final Metrics metrics;
    private final EventQueue queue = new EventQueue();

    private final List<Actor> actors = new ArrayList<>();
    private final List<ActorRef> refs = new ArrayList<>();
    // Lookup only; never iterated, so its hash order cannot leak into behaviour.
    private final Map<String, ActorRef> byName = new HashMap<>();
    private boolean[] up = new boolean[16];
    private int[] incarnation = new int[16];
    private double[] slowdown = new double[16];

    private Transport transport = new DirectTransport(this);
    private SimObserver observer;

    private long now;
    private long events;
    private long delivered;
    private long droppedNodeDown;
    private boolean started;
    // Actor name -> consistency domain; looked up, never iterated.
    private final Map<String, String> consistencyDomains = new HashMap<>();
    private StopReason stop;

    public Simulation(SimulationConfig config) {
        this.config = config;
        this.streams = new RandomStreams(config.seed(), config.replication());
        this.metrics = new Metrics(this::now, config.warmupNanos(), config.intervalNanos());
    }

    // ---- wiring, before the run -------------------------------------------------------------

    /** Creates an actor. Names are unique; peers are looked up by name in {@link Actor#onStart()}. */
    public ActorRef spawn(String name, String type, ActorFactory factory) {
        if (started) {
            throw new IllegalStateException("actors must be spawned before the run starts");
        }
        if (byName.containsKey(name)) {
            throw new IllegalArgumentException("duplicate actor name '" + name + "'");
        }
        ActorRef ref = new ActorRef(refs.size(), name, type);
        growStateArrays(ref.index() + 1);
        up[ref.index()] = true;
        slowdown[ref.index()] = 1.0;
        refs.add(ref);
        byName.put(name, ref);
        actors.add(null);
        actors.set(ref.index(), factory.create(new ActorContext(this, ref)));
        return ref;
    }

    /**
     * Puts an actor in a consistency domain: actors of one domain measure stale reads against the
     * same record of acknowledged writes. Actors not put anywhere share the domain {@code ""}.
     * Must be called before the actor is spawned, as actors take their record when built.
     */
    public void setConsistencyDomain(String actorName, String domain) {
        if (byName.containsKey(actorName)) {
            throw new IllegalStateException("set the consistency domain of '" + actorName + "' before spawning it");
        }
        consistencyDomains.put(actorName, domain);
    }

    /** The consistency domain of an actor, {@code ""} when none was set. */
    public String consistencyDomain(ActorRef actor) {
        return consistencyDomains.getOrDefault(actor.name(), "");
    }

    public void setTransport(Transport transport) {
        this.transport = transport;
    }

    public void addObserver(SimObserver added) {
        observer = Observers.combine(observer, added);
    }

    // ---- what actors, transports and faults use -------------------------------------------------

    public long now() {
        return now;
    }

    public long events() {
        return events;
    }

    public SimulationConfig config() {
        return config;
    }

    public RandomStreams streams() {
        return streams;
    }

    public Metrics metrics() {
        return metrics;
    }

    /** The registered observer (possibly several combined), or null when nobody watches. */
    public SimObserver observer() {
        return observer;
    }

    public ActorRef lookup(String name) {
        ActorRef ref = byName.get(name);
        if (ref == null) {
            throw new IllegalArgumentException("no actor named '" + name + "'");
        }
        return ref;
    }

    /** Every actor in spawn order. */
    public List<ActorRef> actors() {
        return Collections.unmodifiableList(refs);
    }

    public Actor actor(ActorRef ref) {
        return actors.get(ref.index());
    }

    public boolean isUp(ActorRef ref) {
        return up[ref.index()];
    }

    public double slowdown(ActorRef ref) {
        return slowdown[ref.index()];
    }

    /** Makes every service time of the actor {@code factor} times longer (1 = normal speed). */
    public void setSlowdown(ActorRef ref, double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("slow-down factor must be positive and finite, got " + factor);
        }
        slowdown[ref.index()] = factor;
    }

    /** Crashes an actor: its timers die and it receives nothing until {@link #restart}. */
    public void crash(ActorRef ref) {
        int i = ref.index();
        if (up[i]) {
            up[i] = false;
            incarnation[i]++;
            actors.get(i).onCrash();
        }
    }

    public void restart(ActorRef ref) {
        int i = ref.index();
        if (!up[i]) {
            up[i] = true;
            actors.get(i).onRestart();
        }
    }

    /** Schedules a system action (a fault, a command from the live view) at an absolute time. */
    public void at(long timeNanos, Runnable action) {
        if (timeNanos < now) {
            throw new IllegalArgumentException("cannot schedule in the past: " + timeNanos + " < " + now);
        }
        queue.push(timeNanos, SYSTEM, SYSTEM, SYSTEM, action);
    }

    /** Called by the transport: the message arrives at {@code timeNanos} unless the target is down then. */
    public void deliverAt(long timeNanos, ActorRef from, ActorRef to, Message message) {
        queue.push(timeNanos, to.index(), from.index(), DELIVERY, message);
    }

    long setTimer(ActorRef owner, long delayNanos, Message message) {
        if (delayNanos < 0) {
            throw new IllegalArgumentException("negative timer delay " + delayNanos + " ns");
        }
        int i = owner.index();
        return queue.push(now + delayNanos, i, i, incarnation[i], message);
    }

    boolean cancelTimer(long handle) {
        return queue.cancel(handle);
    }

    /** The transport messages go through (the scenario runner installs a {@code Network}). */
    public Transport transport() {
        return transport;
    }

    /** Messages handed to their target so far. */
    public long deliveredCount() {
        return delivered;
    }

    /** Messages that arrived at a crashed node and were dropped. */
    public long droppedAtDeliveryCount() {
        return droppedNodeDown;
    }

    /** Events currently pending. */
    public int pendingEvents() {
        return queue.size();
    }

    // ---- running ---------------------------------------------------------------------------------

    /** Runs the whole scenario and returns its result. */
    public RunResult run(String scenarioName) {
        start();
        advanceTo(config.endNanos());
        return finish(scenarioName);
    }

    /** Starts the actors at t = 0 and schedules the warm-up and interval boundaries. */
    public void start() {
        if (started) {
            throw new IllegalStateException("the run has already started");
        }
        started = true;
        if (config.warmupNanos() > 0) {
            at(config.warmupNanos(), () -> metrics.endWarmup(now));
        }
        scheduleIntervalEnd(0);
        for (Actor actor : actors) {
            actor.onStart();
        }
    }

    /**
     * Runs every event up to and including {@code untilNanos} (capped at the configured end).
     * Returns false once the run is over, because it reached its end or a limit stopped it. The live
     * view calls this repeatedly with a moving horizon; a headless run calls it once.
     */
    public boolean advanceTo(long untilNanos) {
        long horizon = Math.min(untilNanos, config.endNanos());
        while (stop == null && !queue.isEmpty() && queue.peekTime() <= horizon) {
            runNextEvent();
        }
        if (stop == null && horizon == config.endNanos()) {
            now = config.endNanos();
            stop = StopReason.completed();
        }
        return stop == null;
    }

    /** Runs exactly one event (or ends the run if none is left before its end); false once it is over. */
    public boolean step() {
        if (stop == null && !queue.isEmpty() && queue.peekTime() <= config.endNanos()) {
            runNextEvent();
            return stop == null;
        }
        return advanceTo(config.endNanos());
    }

    private void runNextEvent() {
        if (events == config.maxEvents()) {
            stop = new StopReason(StopReason.Kind.EVENT_LIMIT, "stopped after " + events
                    + " events (the limit) at t=" + now + " ns; raise the limit or shorten the run");
            return;
        }
        long time = queue.peekTime();
        dispatch(time, queue.pop());
        if (queue.size() > config.maxPending()) {
            stop = new StopReason(StopReason.Kind.PENDING_LIMIT, "more than " + config.maxPending()
                    + " events pending at t=" + now + " ns: the modelled system is probably overloaded"
                    + " (arrivals faster than it can serve)");
        }
    }

    /** The time of the next pending event, or the end of the run when none is pending. */
    public long nextEventTime() {
        return queue.isEmpty() ? config.endNanos() : Math.min(queue.peekTime(), config.endNanos());
    }

    private void dispatch(long time, int slot) {
        int target = queue.target(slot);
        int from = queue.from(slot);
        int tag = queue.tag(slot);
        Object payload = queue.payload(slot);
        queue.release(slot);
        now = time;
        events++;
        try {
            if (target == SYSTEM) {
                ((Runnable) payload).run();
            } else if (tag == DELIVERY) {
                deliver(from, target, (Message) payload);
            } else if (up[target] && incarnation[target] == tag) {
                actors.get(target).onMessage(refs.get(target), (Message) payload);
            }
        } catch (ModelLimitException e) {
            stop = new StopReason(StopReason.Kind.MODEL_LIMIT, "at t=" + now + " ns: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new SimulationException(now, events, target == SYSTEM ? "(system)" : refs.get(target).name(), e);
        }
    }

    private void deliver(int from, int target, Message message) {
        if (!up[target]) {
            droppedNodeDown++;
            if (observer != null) {
                observer.onDrop(now, refs.get(from), refs.get(target), message, "node-down");
            }
            return;
        }
        delivered++;
        if (observer != null) {
            observer.onDeliver(now, refs.get(from), refs.get(target), message);
        }
        actors.get(target).onMessage(refs.get(from), message);
    }

    private void scheduleIntervalEnd(long intervalStart) {
        long end = Math.min(intervalStart + config.intervalNanos(), config.endNanos());
        at(end, () -> {
            metrics.closeInterval(intervalStart, now);
            if (observer != null) {
                observer.onInterval(intervalStart, now);
            }
            if (now < config.endNanos()) {
                scheduleIntervalEnd(now);
            }
        });
    }

    /**
     * Ends the run: closes the last (partial) interval if a limit stopped the run early, lets every
     * actor record its closing figures, and assembles the result.
     */
    public RunResult finish(String scenarioName) {
        if (stop == null) {
            throw new IllegalStateException("the run has not ended yet");
        }
        metrics.finish(now);
        for (Actor actor : actors) {
            actor.onFinish();
        }
        return new RunResult(scenarioName, config.seed(), config.replication(), now, config.warmupNanos(),
                events, stop, metrics.workloadResults(now), metrics.nodeResults(now), transport.result(),
                metrics.timeSeries());
    }

    public StopReason stopReason() {
        return stop;
    }

    private void growStateArrays(int needed) {
        if (needed > up.length) {
            int capacity = Math.max(needed, up.length * 2);
            up = java.util.Arrays.copyOf(up, capacity);
            incarnation = java.util.Arrays.copyOf(incarnation, capacity);
            slowdown = java.util.Arrays.copyOf(slowdown, capacity);
        }
    }
}
