package org.distsim.models.queue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.kernel.ModelLimitException;
import org.distsim.core.metrics.Counter;
import org.distsim.core.metrics.TimeWeightedGauge;
import org.distsim.models.keys.KeySpread;
import org.distsim.models.rpc.CallOutcome;
import org.distsim.models.rpc.Calls;
import org.distsim.models.rpc.FailureReason;
import org.distsim.models.rpc.HealthProbe;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;

/**
 * A message queue or partitioned log: acknowledges each publish at once, stores the message in one
 * or more lanes, and pushes it to consumers, each delivery a call that the consumer acknowledges by
 * answering it successfully. See the package documentation for the model.
 *
 * <p>A lane is the unit of ordering and backlog: the single shared queue of point-to-point, one
 * subscription per consumer for pub-sub, one partition for the log.
 */
public final class MessageQueue implements Actor {

    /** A hard cap on a queue without a capacity, the same as a service's ({@code Station.UNBOUNDED_QUEUE_CAP}). */
    static final int UNBOUNDED_CAP = 1_000_000;
    private static final int SIGNIFICANT_DIGITS = 3;
    private static final double NANOS_PER_MILLI = 1e6;

    private final ActorContext context;
    private final Calls calls;
    private final QueueMode mode;
    private final Partitioning partitioning;
    private final List<String> consumerNames;
    private final int prefetch;
    private final int capacity;
    private final boolean bounded;
    private final long ackTimeoutNanos;
    private final long redeliveryDelayNanos;
    private final Consumer[] consumers;
    private final Lane[] lanes;
    private final Counter published;
    private final Counter rejected;
    private final Counter delivered;
    private final Counter acked;
    private final Counter redeliveries;
    private final Counter duplicates;
    private final TimeWeightedGauge backlog;
    private final TimeWeightedGauge lag;
    private final Histogram delayNanos = new Histogram(SIGNIFICANT_DIGITS);
    private int backlogCount;
    private int roundRobin;
    private int cursor;

    public MessageQueue(ActorContext context, QueueConfig config) {
        this.context = context;
        this.calls = new Calls(context);
        this.mode = config.mode();
        this.partitioning = config.partitionBy();
        this.consumerNames = config.consumers();
        this.prefetch = config.prefetch();
        this.bounded = config.capacity() != null;
        this.capacity = bounded ? config.capacity() : UNBOUNDED_CAP;
        this.ackTimeoutNanos = config.ackTimeout().toNanos();
        this.redeliveryDelayNanos = config.redeliveryDelay().toNanos();
        this.consumers = new Consumer[consumerNames.size()];
        var metrics = context.nodeMetrics();
        this.published = metrics.counter(QueueFigures.PUBLISHED);
        this.rejected = metrics.counter(QueueFigures.REJECTED);
        this.delivered = metrics.counter(QueueFigures.DELIVERED);
        this.acked = metrics.counter(QueueFigures.ACKED);
        this.redeliveries = metrics.counter(QueueFigures.REDELIVERIES);
        this.duplicates = metrics.counter(QueueFigures.DUPLICATES);
        this.backlog = metrics.gauge(QueueFigures.BACKLOG);
        this.lag = mode == QueueMode.PARTITIONED_LOG ? metrics.gauge(QueueFigures.LAG) : null;
        int laneCount = switch (mode) {
            case POINT_TO_POINT -> 1;
            case PUB_SUB -> consumerNames.size();
            case PARTITIONED_LOG -> config.partitions();
        };
        this.lanes = new Lane[laneCount];
        for (int i = 0; i < laneCount; i++) {
            TimeWeightedGauge gauge = switch (mode) {
                case POINT_TO_POINT -> null;
                case PUB_SUB -> metrics.gauge(QueueFigures.SUBSCRIPTION_BACKLOG, consumerNames.get(i));
                case PARTITIONED_LOG -> metrics.gauge(QueueFigures.PARTITION_LAG, QueueFigures.partition(i));
            };
            lanes[i] = new Lane(gauge);
        }
        metrics.derived(QueueFigures.BACKLOG_AT_END, () -> backlogCount);
        metrics.derived(QueueFigures.DELAY_MEAN, () -> delayNanos.getTotalCount() == 0
                ? Double.NaN : delayNanos.getMean() / NANOS_PER_MILLI);
        metrics.derived(QueueFigures.DELAY_P99, () -> delayNanos.getTotalCount() == 0
                ? Double.NaN : delayNanos.getValueAtPercentile(99) / NANOS_PER_MILLI);
    }

    @Override
    public void onStart() {
        for (int i = 0; i < consumers.length; i++) {
            consumers[i] = new Consumer(context.lookup(consumerNames.get(i)), prefetch);
        }
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (calls.handle(message)) {
            return;
        }
        if (message instanceof Request request) {
            publish(from, request);
        } else if (message instanceof SlotReopened reopened) {
            consumers[reopened.consumer()].free++;
            dispatch();
        } else if (message instanceof HealthProbe probe) {
            context.send(from, probe.reply());
        }
    }

    private void publish(ActorRef producer, Request request) {
        if (fullest() >= capacity) {
            if (!bounded) {
                throw new ModelLimitException("queue " + context.self() + " holds " + UNBOUNDED_CAP
                        + " messages: its consumers cannot keep up; set capacity to model backpressure instead");
            }
            rejected.increment();
            context.send(producer, Response.failed(request.id(), FailureReason.QUEUE_FULL));
            return;
        }
        published.increment();
        long now = context.now();
        if (mode == QueueMode.PUB_SUB) {
            for (Lane lane : lanes) {
                append(lane, new Pending(request, now));
            }
        } else {
            append(lanes[laneOf(request)], new Pending(request, now));
        }
        // The publish is acknowledged once stored: the producer does not wait for consumers.
        context.send(producer, Response.ok(request, Response.NO_VERSION));
        dispatch();
    }

    /** The backlog that the capacity limits: the whole queue, or the fullest subscription. */
    private int fullest() {
        if (mode != QueueMode.PUB_SUB) {
            return backlogCount;
        }
        int max = 0;
        for (Lane lane : lanes) {
            max = Math.max(max, lane.size());
        }
        return max;
    }

    private int laneOf(Request request) {
        if (mode == QueueMode.POINT_TO_POINT) {
            return 0;
        }
        if (partitioning == Partitioning.ROUND_ROBIN) {
            int lane = roundRobin;
            roundRobin = (roundRobin + 1) % lanes.length;
            return lane;
        }
        return KeySpread.partition(request.key(), lanes.length);
    }


    private void append(Lane lane, Pending message) {
        lane.waiting.addLast(message);
        changeBacklog(lane, 1);
    }

    /** Delivers messages while some lane has one waiting and its consumer has a free slot. */
    private void dispatch() {
        switch (mode) {
            case POINT_TO_POINT -> dispatchCompeting();
            case PUB_SUB -> {
                for (int i = 0; i < lanes.length; i++) {
                    while (!lanes[i].waiting.isEmpty() && consumers[i].free > 0) {
                        deliver(lanes[i], i);
                    }
                }
            }
            case PARTITIONED_LOG -> dispatchLog();
        }
    }

    /** Competing consumers: the consumers with a free slot take messages in turn (round robin). */
    private void dispatchCompeting() {
        Lane lane = lanes[0];
        while (!lane.waiting.isEmpty()) {
            int chosen = -1;
            for (int k = 0; k < consumers.length; k++) {
                int i = (cursor + k) % consumers.length;
                if (consumers[i].free > 0) {
                    chosen = i;
                    break;
                }
            }
            if (chosen < 0) {
                return;
            }
            cursor = (chosen + 1) % consumers.length;
            deliver(lane, chosen);
        }
    }

    /**
     * The log: partition p belongs to consumer p mod n and has at most one message in flight, so it
     * is processed in offset order. The scan starts after the last partition served, so that a
     * consumer owning several partitions serves them in turn.
     */
    private void dispatchLog() {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int k = 0; k < lanes.length; k++) {
                int p = (cursor + k) % lanes.length;
                Lane lane = lanes[p];
                int owner = p % consumers.length;
                if (lane.inFlight.isEmpty() && !lane.waiting.isEmpty() && consumers[owner].free > 0) {
                    deliver(lane, owner);
                    cursor = (p + 1) % lanes.length;
                    progress = true;
                    break;
                }
            }
        }
    }

    private void deliver(Lane lane, int consumerIndex) {
        Pending message = lane.waiting.pollFirst();
        Consumer consumer = consumers[consumerIndex];
        consumer.free--;
        lane.inFlight.add(message);
        message.deliveries++;
        delivered.increment();
        if (message.deliveries > 1) {
            redeliveries.increment();
            if (message.maybeProcessed) {
                duplicates.increment();
            }
        }
        calls.call(consumer.ref, message.request, ackTimeoutNanos,
                outcome -> settle(lane, consumerIndex, message, outcome));
    }

    private void settle(Lane lane, int consumerIndex, Pending message, CallOutcome outcome) {
        lane.inFlight.remove(message);
        if (outcome.ok()) {
            consumers[consumerIndex].free++;
            acked.increment();
            changeBacklog(lane, -1);
            if (context.now() >= context.warmupEndNanos()) {
                delayNanos.recordValue(context.now() - message.publishedAtNanos);
            }
        } else {
            // At-least-once: the message goes back to the head of its lane. After a timeout the
            // consumer may have processed it, so its next delivery is a possible duplicate.
            message.maybeProcessed |= outcome.timedOut();
            lane.waiting.addFirst(message);
            context.setTimer(redeliveryDelayNanos, new SlotReopened(consumerIndex));
        }
        dispatch();
    }

    private void changeBacklog(Lane lane, int delta) {
        backlogCount += delta;
        backlog.set(backlogCount);
        if (lane.gauge != null) {
            lane.gauge.set(lane.size());
        }
        if (lag != null) {
            lag.set(backlogCount);
        }
    }

    @Override
    public void onCrash() {
        // The messages are durable (a publish is acknowledged once stored), so the backlog survives.
        // The deliveries in flight are forgotten: they go back to the head of their lanes, to be
        // delivered again after the restart, as possible duplicates.
        calls.clear();
        for (Lane lane : lanes) {
            for (int i = lane.inFlight.size() - 1; i >= 0; i--) {
                Pending message = lane.inFlight.get(i);
                message.maybeProcessed = true;
                lane.waiting.addFirst(message);
            }
            lane.inFlight.clear();
        }
        for (Consumer consumer : consumers) {
            consumer.free = prefetch;
        }
    }

    @Override
    public void onRestart() {
        dispatch();
    }

    /** A message not yet acknowledged, with what its deliveries so far tell. */
    private static final class Pending {
        final Request request;
        final long publishedAtNanos;
        int deliveries;
        boolean maybeProcessed;

        Pending(Request request, long publishedAtNanos) {
            this.request = request;
            this.publishedAtNanos = publishedAtNanos;
        }
    }

    /** One ordered backlog: messages waiting, in order, and those delivered but not acknowledged. */
    private static final class Lane {
        final ArrayDeque<Pending> waiting = new ArrayDeque<>();
        final List<Pending> inFlight = new ArrayList<>();
        final TimeWeightedGauge gauge;

        Lane(TimeWeightedGauge gauge) {
            this.gauge = gauge;
        }

        int size() {
            return waiting.size() + inFlight.size();
        }
    }

    private static final class Consumer {
        final ActorRef ref;
        int free;

        Consumer(ActorRef ref, int free) {
            this.ref = ref;
            this.free = free;
        }
    }

    /** A consumer's slot, closed after a failed delivery, opens again. */
    private record SlotReopened(int consumer) implements Message {
    }
}
