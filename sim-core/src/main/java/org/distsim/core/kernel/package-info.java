/**
 * The discrete-event kernel: the clock, the event queue, and the actors the events go to. It reads
 * in one sitting, and everything else in the engine is built on it, in other packages.
 *
 * <h2>Time and events</h2>
 * Simulated time is a {@code long} of nanoseconds that only moves forward, jumping from one event
 * to the next. {@link org.distsim.core.kernel.EventQueue} orders events by (time, insertion
 * sequence), so two events of the same nanosecond always run in the order they were scheduled, and
 * a run is a pure function of its scenario and seed. There are three kinds of event:
 * <ul>
 *   <li>a <em>delivery</em>: a message that crossed the {@link org.distsim.core.kernel.Transport}
 *       arrives at its target (or is dropped there when the target is down);</li>
 *   <li>a <em>timer</em>: a message an actor scheduled to itself, cancellable, which dies with the
 *       actor's incarnation when it crashes;</li>
 *   <li>a <em>system action</em>: a {@code Runnable} a layer above scheduled with
 *       {@link org.distsim.core.kernel.Simulation#at}, such as a fault, a warm-up or interval
 *       boundary, or a command from the live view.</li>
 * </ul>
 *
 * <h2>Actors</h2>
 * An {@link org.distsim.core.kernel.Actor} is a message handler with a fixed lifecycle, as in
 * OMNeT++: {@code onStart} once at t = 0, {@code onMessage} per delivery or timer, {@code onCrash} and
 * {@code onRestart} around a crash, {@code onFinish} once at the end. Everything it may do goes
 * through its {@link org.distsim.core.kernel.ActorContext}: read the clock, send, set and cancel
 * timers, draw from its own random streams, time its work ({@code workNanos}, which the layers
 * above may scale to slow a node down), and record its figures. Actors never block, never read a
 * wall clock and never share mutable state. An exception from any lifecycle call ends the run with
 * a {@link org.distsim.core.kernel.SimulationException} that names the simulated time, the event
 * number, the actor and the call; a {@link org.distsim.core.kernel.ModelLimitException} ends it
 * with a {@code MODEL_LIMIT} stop reason instead, and the caps on events and pending events with
 * their own. A {@link org.distsim.core.kernel.StopRequest}, the one thing another thread may touch,
 * ends it with {@code INTERRUPTED} at an event boundary (Ctrl-C on the command line).
 *
 * <h2>Messages and their counts</h2>
 * {@link org.distsim.core.kernel.Simulation#send} counts a message as sent and hands it to the
 * transport, which schedules its delivery ({@code deliverAt}, never in the past) or drops it
 * ({@code drop}, with a {@link org.distsim.core.result.DropReason}); a system message
 * ({@code sendNow}) is counted as sent and delivered now without crossing the transport. In-flight
 * deliveries are counted by themselves, up when scheduled and down when dispatched, so that
 * {@code sent = delivered + dropped + in flight} is a check that can fail, made at the end of every
 * run (see {@code org.distsim.core.check}).
 *
 * <h2>Watching</h2>
 * A {@link org.distsim.core.kernel.SimObserver} sees sends, deliveries and drops from the kernel,
 * and faults and interval boundaries from the layers that make them, on the simulation thread, in
 * event order. With none registered the engine pays one null check per notification.
 *
 * <p>The kernel knows nothing of networks, faults, warm-up or results: those are {@code net},
 * {@code inject} and {@code run}, above it. It depends on {@code metrics} (an actor records its
 * figures through its context), {@code random}, {@code fault} (the observer is told of faults) and
 * {@code result} (stop and drop reasons, message counts).
 */
package org.distsim.core.kernel;
