package org.distsim.core.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.metrics.Metrics;
import org.distsim.core.random.RandomStreams;
import org.distsim.core.result.DropReason;
import org.distsim.core.result.NetworkResult;
import org.distsim.core.result.StopReason;

/**
 * The discrete-event kernel: a clock, a queue of pending events and the actors they go to.
 *
 * <p>Time is a {@code long} of nanoseconds and only moves forward, jumping to the next event.
 * Events run one at a time in (time, scheduling order), so a run is a pure function of the
 * scenario and its seed. There are three kinds of event: a <em>delivery</em> of a message that
 * crossed the transport, a <em>timer</em> an actor set for itself, and a <em>system action</em>
 * that a layer above scheduled with {@link #at} (a fault, a warm-up or interval boundary, a command
 * from a live view).
 *
 * <p>The lifecycle is fixed: {@link #spawn} every actor, {@link #start()} (each actor's
 * {@code onStart} at t = 0), {@link #advanceTo} or {@link #step} until they return false because
 * the run reached its end or a limit, then {@link #finish()} (each actor's {@code onFinish}). What a
 * run means beyond events (when measurement starts, the time-series intervals, the result and its
 * checks) belongs to the run layer, {@code org.distsim.core.run}, which drives this class.
 *
 * <p>Messages are counted where they happen: as sent when they enter ({@link #send},
 * {@link #sendNow}), as in flight from {@link #deliverAt} until dispatched, then as delivered or
 * dropped; {@link #drop} counts what a transport loses. {@link #messageCounts()} reports the four
 * counts, and the run layer checks that they add up.
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
    private final MessageCounts counts = new MessageCounts();
    private final Horizon horizon;

    private final List<Actor> actors = new ArrayList<>();
    private final List<ActorRef> refs = new ArrayList<>();
    // Lookup only; never iterated, so its hash order cannot leak into behaviour.
    private final Map<String, ActorRef> byName = new HashMap<>();
    // By actor index, the same as the lists above: the event loop reads these without a list's checks.
    private Actor[] actorAt = new Actor[16];
    private ActorRef[] refAt = new ActorRef[16];
    private boolean[] up = new boolean[16];
    private int[] incarnation = new int[16];

    private Transport transport = new DirectTransport(this);
    private WorkScale workScale = WorkScale.NONE;
    private SimObserver observer;
    private StopRequest stopRequest;

    private long now;
    private long events;
    private boolean started;
    private boolean finished;
    private StopReason stop;

    public Simulation(SimulationConfig config) {
        this.config = config;
        this.streams = new RandomStreams(config.seed(), config.replication());
        this.metrics = new Metrics(this::now, config.warmupNanos(), config.intervalNanos());
        this.horizon = new Horizon(config.endNanos());
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
        refs.add(ref);
        byName.put(name, ref);
        actors.add(null);
        Actor actor = factory.create(new ActorContext(this, ref));
        actors.set(ref.index(), actor);
        actorAt[ref.index()] = actor;
        refAt[ref.index()] = ref;
        return ref;
    }

    public void setTransport(Transport transport) {
        this.transport = transport;
    }

    /** Installs the scale of work times ({@link ActorContext#workNanos}); every node runs at normal speed without one. */
    public void setWorkScale(WorkScale scale) {
        this.workScale = scale;
    }

    /** Lets another thread stop the run early, at an event boundary ({@link StopRequest}). */
    public void setStopRequest(StopRequest request) {
        this.stopRequest = request;
    }

    public void addObserver(SimObserver added) {
        observer = Observers.combine(observer, added);
    }

    // ---- what actors, transports and the layers above use ----------------------------------------

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

    /** Crashes an actor: its timers die and it receives nothing until {@link #restart}. */
    public void crash(ActorRef ref) {
        int i = ref.index();
        if (up[i]) {
            up[i] = false;
            incarnation[i]++;
            lifecycle(i, "onCrash", actors.get(i)::onCrash);
        }
    }

    public void restart(ActorRef ref) {
        int i = ref.index();
        if (!up[i]) {
            up[i] = true;
            lifecycle(i, "onRestart", actors.get(i)::onRestart);
        }
    }

    /** Schedules a system action (a fault, a boundary, a command from the live view) at an absolute time. */
    public void at(long timeNanos, Runnable action) {
        if (timeNanos < now) {
            throw new IllegalArgumentException("cannot schedule in the past: " + timeNanos + " < " + now);
        }
        queue.push(timeNanos, SYSTEM, SYSTEM, SYSTEM, action);
    }

    /** Counts a message as sent and hands it to the transport: what {@link ActorContext#send} does. */
    public void send(ActorRef from, ActorRef to, Message message) {
        counts.sent();
        transport.send(from, to, message);
    }

    /**
     * Counts a message as sent and delivers it now, without crossing the transport: for system
     * messages, such as the load factor the fault injector gives a workload. It arrives after every
     * event already scheduled for this time, and is dropped if its target is down.
     */
    public void sendNow(ActorRef from, ActorRef to, Message message) {
        counts.sent();
        deliverAt(now, from, to, message);
    }

    /**
     * Called by the transport: the message arrives at {@code timeNanos} unless the target is down
     * then. Every call schedules one delivery, counted in flight until it is dispatched.
     */
    public void deliverAt(long timeNanos, ActorRef from, ActorRef to, Message message) {
        if (timeNanos < now) {
            throw new IllegalArgumentException("cannot deliver in the past: " + timeNanos + " < " + now + " ns ("
                    + from + " -> " + to + ")");
        }
        counts.scheduled();
        if (observer != null) {
            observer.onSend(now, from, to, message, timeNanos);
        }
        queue.push(timeNanos, to.index(), from.index(), DELIVERY, message);
    }

    /** Called by the transport: the message is lost on the way, for the given reason. */
    public void drop(ActorRef from, ActorRef to, Message message, DropReason reason) {
        counts.dropped(reason);
        if (observer != null) {
            observer.onDrop(now, from, to, message, reason);
        }
    }

    /**
     * How long {@code nominalNanos} of work takes on {@code actor} now, rounded to whole nanoseconds;
     * work longer than the whole run is cut to just past its end and counted ({@link Horizon}).
     */
    long workNanos(ActorRef actor, double nominalNanos) {
        return horizon.drawn(actor.index(), nominalNanos * workScale.factor(actor));
    }

    /**
     * A drawn duration (a latency, a think time, a gap between arrivals) in whole nanoseconds, never
     * negative; one longer than the whole run is cut to just past its end and counted against
     * {@code actor}, or against the network when {@code actor} is null ({@link Horizon}).
     */
    public long drawnNanos(ActorRef actor, double nanos) {
        return horizon.drawn(actor == null ? -1 : actor.index(), nanos);
    }

    /** The sum of two non-negative delays, cut to just past the run's end so that it cannot overflow. */
    public long delaySum(long aNanos, long bNanos) {
        return horizon.sum(aNanos, bNanos);
    }

    /**
     * Per actor in spawn order, then {@code network}: how many drawn durations were longer than the
     * whole run and were cut to it. Only non-zero counts appear.
     */
    public Map<String, Long> cutDurations() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (ActorRef ref : refs) {
            long cut = horizon.cutBy(ref.index());
            if (cut > 0) {
                out.put(ref.name(), cut);
            }
        }
        if (horizon.cutByNetwork() > 0) {
            out.put("network", horizon.cutByNetwork());
        }
        return out;
    }

    long setTimer(ActorRef owner, long delayNanos, Message message) {
        if (delayNanos < 0) {
            throw new IllegalArgumentException("negative timer delay " + delayNanos + " ns");
        }
        int i = owner.index();
        // A delay past the run's end is cut to just past it: the timer still never fires, and the
        // clock addition cannot overflow (see Horizon).
        return queue.push(now + horizon.delay(delayNanos), i, i, incarnation[i], message);
    }

    boolean cancelTimer(long handle) {
        return queue.cancel(handle);
    }

    /** The transport messages go through (the scenario runner installs a {@code Network}). */
    public Transport transport() {
        return transport;
    }

    /** The message counts so far: sent, delivered, dropped by reason and in flight, each counted by itself. */
    public NetworkResult messageCounts() {
        return counts.result();
    }

    /** Events currently pending. */
    public int pendingEvents() {
        return queue.size();
    }

    // ---- running ---------------------------------------------------------------------------------

    /**
     * Starts the actors at t = 0, in spawn order. A component that hits one of its own bounds
     * already here ends the run before it begins, as it would in {@code onMessage}.
     */
    public void start() {
        if (started) {
            throw new IllegalStateException("the run has already started");
        }
        started = true;
        for (int i = 0; i < actors.size() && stop == null; i++) {
            try {
                lifecycle(i, "onStart", actors.get(i)::onStart);
            } catch (ModelLimitException e) {
                stop = new StopReason(StopReason.Kind.MODEL_LIMIT, "at t=" + now + " ns: " + e.getMessage());
            }
        }
    }

    /**
     * Runs every event up to and including {@code untilNanos} (capped at the configured end).
     * Returns false once the run is over, because it reached its end or a limit stopped it. The live
     * view calls this repeatedly with a moving horizon; a headless run calls it once.
     */
    public boolean advanceTo(long untilNanos) {
        long horizon = Math.min(untilNanos, config.endNanos());
        while (stop == null && !queue.isEmpty()) {
            long time = queue.peekTime();
            if (time > horizon) {
                break;
            }
            runNextEvent(time);
        }
        if (stop == null && horizon == config.endNanos()) {
            now = config.endNanos();
            stop = StopReason.completed();
        }
        return stop == null;
    }

    /** Runs exactly one event (or ends the run if none is left before its end); false once it is over. */
    public boolean step() {
        if (stop == null && !queue.isEmpty()) {
            long time = queue.peekTime();
            if (time <= config.endNanos()) {
                runNextEvent(time);
                return stop == null;
            }
        }
        return advanceTo(config.endNanos());
    }

    /** Runs the earliest event, which is at {@code time}. */
    private void runNextEvent(long time) {
        if (stopRequest != null && (events & (StopRequest.POLL_EVENTS - 1)) == 0 && stopRequest.requested()) {
            stop = new StopReason(StopReason.Kind.INTERRUPTED, "stopped on request (a signal) after " + events
                    + " events at t=" + now + " ns");
            return;
        }
        if (events == config.maxEvents()) {
            stop = new StopReason(StopReason.Kind.EVENT_LIMIT, "stopped after " + events
                    + " events (the limit) at t=" + now + " ns; raise the limit or shorten the run");
            return;
        }
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
                actorAt[target].onMessage(refAt[target], (Message) payload);
            }
        } catch (ModelLimitException e) {
            stop = new StopReason(StopReason.Kind.MODEL_LIMIT, "at t=" + now + " ns: " + e.getMessage());
        } catch (SimulationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SimulationException(now, events, target == SYSTEM ? "(system)" : refs.get(target).name(), e);
        }
    }

    private void deliver(int from, int target, Message message) {
        if (!up[target]) {
            counts.droppedOnArrival();
            if (observer != null) {
                observer.onDrop(now, refs.get(from), refs.get(target), message, DropReason.NODE_DOWN);
            }
            return;
        }
        counts.delivered();
        if (observer != null) {
            observer.onDeliver(now, refs.get(from), refs.get(target), message);
        }
        actorAt[target].onMessage(refAt[from], message);
    }

    /** Ends the run for the actors: each one's {@code onFinish}, once, in spawn order. */
    public void finish() {
        if (stop == null) {
            throw new IllegalStateException("the run has not ended yet");
        }
        if (finished) {
            throw new IllegalStateException("the run has already finished");
        }
        finished = true;
        for (int i = 0; i < actors.size(); i++) {
            try {
                lifecycle(i, "onFinish", actors.get(i)::onFinish);
            } catch (ModelLimitException e) {
                // The run is over: there is nothing left for a bound to end, so it is a failure.
                throw new SimulationException(now, events, refs.get(i).name(), "onFinish", e);
            }
        }
    }

    /**
     * Calls one lifecycle method of an actor. A failure is located like one in {@code onMessage}:
     * time, event number, actor, and which call. A component's own bound ({@link
     * ModelLimitException}) is left to the caller: inside an event, {@code dispatch} ends the run.
     */
    private void lifecycle(int actor, String phase, Runnable call) {
        try {
            call.run();
        } catch (ModelLimitException | SimulationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SimulationException(now, events, refs.get(actor).name(), phase, e);
        }
    }

    /** Why the run ended, or null while it is running. */
    public StopReason stopReason() {
        return stop;
    }

    private void growStateArrays(int needed) {
        if (needed > up.length) {
            int capacity = Math.max(needed, up.length * 2);
            up = java.util.Arrays.copyOf(up, capacity);
            incarnation = java.util.Arrays.copyOf(incarnation, capacity);
            actorAt = java.util.Arrays.copyOf(actorAt, capacity);
            refAt = java.util.Arrays.copyOf(refAt, capacity);
        }
    }
}
