/**
 * The node type {@code queue}: a message broker between producers and consumers, in three modes
 * (Hohpe and Woolf, <i>Enterprise Integration Patterns</i>, 2003: Point-to-Point Channel,
 * Competing Consumers, Publish-Subscribe Channel; Kleppmann, <i>Designing Data-Intensive
 * Applications</i>, 2017, ch. 11, for partitioned logs and consumer offsets; Kreps et al.,
 * "Kafka: a Distributed Messaging System for Log Processing", NetDB 2011).
 *
 * <h2>Publishing</h2>
 * A producer (a workload, or a service calling the queue) sends it {@code Request}s; each is one
 * published message, whatever its operation. The queue stores it and answers {@code ok} at once: the
 * producer's latency is the network's, not the consumers' (publisher confirms, Kafka's
 * {@code acks}). When the queue already holds {@code capacity} messages not yet acknowledged it
 * answers {@code failed("queue-full")} instead: backpressure.
 *
 * <h2>Delivering</h2>
 * The queue pushes messages to the {@code consumers:}, ordinary nodes (a {@code service}: its
 * service time is the processing time). A delivery is the original request, with its key and
 * origin, sent as a call with {@code ack-timeout}; a successful answer is the acknowledgement, and
 * only then is the message removed. A consumer holds at most {@code prefetch} messages delivered
 * and not yet acknowledged.
 * <ul>
 *   <li><b>point-to-point</b>: one FIFO shared by competing consumers; each message goes to one
 *       consumer with a free slot, consumers taken in turn.</li>
 *   <li><b>pub-sub</b>: one subscription (its own FIFO and backlog) per consumer, each holding a
 *       copy of every message.</li>
 *   <li><b>partitioned-log</b>: {@code partitions} logs; a message goes to the partition of its
 *       key's hash (or in turn). Partition p is assigned to consumer p mod n (one consumer group), so
 *       consumers beyond the partition count receive nothing. A partition has at most one message in
 *       flight and so is processed in offset order, redeliveries included; its lag (end offset −
 *       committed offset) is its backlog.</li>
 * </ul>
 *
 * <h2>At-least-once</h2>
 * A failed answer or a timeout sends the message back to the head of its lane, to be delivered
 * again ({@code redeliveries}); the consumer's slot stays closed for {@code redelivery-delay}, so
 * a consumer that keeps failing is not hammered. After a timeout (or a crash of the queue while the
 * message was out) the consumer may have processed it: its next delivery is counted in
 * {@code duplicates}, an upper bound on the messages actually processed twice. A consumer that
 * crashes mid-message never answers, so its message is redelivered after {@code ack-timeout}. There
 * is no rebalancing: a crashed consumer keeps its partitions (and, for point-to-point, keeps being
 * offered one message per slot per timeout) until it restarts, as when the outage is shorter than
 * the group's session timeout.
 *
 * <h2>A crash of the queue</h2>
 * The store is durable, as a replicated Kafka log or a RabbitMQ durable queue with persistent
 * messages: an acknowledged publish is never lost. The crash forgets the deliveries in flight; they
 * return to the head of their lanes and are delivered again after the restart, as possible
 * duplicates. While the queue is down, publishes get no answer (the producers time out).
 *
 * <h2>Figures</h2>
 * Counters {@code published}, {@code rejected}, {@code delivered} (every delivery, redeliveries
 * included), {@code acked}, {@code redeliveries}, {@code duplicates}; the time-weighted gauge
 * {@code backlog} (messages published and not yet acknowledged, over all lanes), with {@code
 * backlog.<subscriber>} per subscription for pub-sub and {@code lag} and {@code lag.p<i>} for the
 * log; derived {@code backlog_at_end}, and {@code delay_mean_ms} and {@code delay_p99_ms}, the time
 * from publish to acknowledgement. Conservation: published = acked + backlog_at_end (times the
 * subscribers for pub-sub) when no warm-up is set.
 */
package org.distsim.models.queue;
