/**
 * The node type {@code event-log}: a partitioned, retained log read by several consumer groups,
 * each with its own offsets, the heart of event sourcing (Kleppmann, <i>Designing Data-Intensive
 * Applications</i>, 2017, ch. 11, "Partitioned Logs" and "Event Sourcing"; Kreps et al., "Kafka: a
 * Distributed Messaging System for Log Processing", NetDB 2011). It differs from the {@code queue}
 * type's partitioned-log mode, which has one group and forgets a message once acknowledged: here
 * a message stays until retention removes it, whoever has read it.
 *
 * <h2>Publishing and retention</h2>
 * A producer's {@code Request} is appended to a partition (by a hash of its key, or in turn) and
 * acknowledged at once. Retention removes the oldest messages of a partition once they are older
 * than {@code retention}, or the partition holds more than {@code retention-messages} or more
 * than {@code retention-bytes} of messages (each weighing its {@code request-size}); it is
 * applied whenever a message is published or a group joins (as Kafka deletes old segments in the
 * background, not at an exact instant). Messages removed before a group committed them are
 * {@code lost.<group>}: that group skips to the oldest retained offset. A log without any retention
 * stops the run with a message once it holds ten million messages, a model limit.
 *
 * <h2>Consumer groups</h2>
 * Each group ({@code groups:}) joins at {@code join-at} and starts at the oldest retained message
 * ({@code start-at: earliest}: a replay) or at the end ({@code latest}). Partition p is read by
 * the (p mod n)-th of the group's n live members, one batch at a time, in offset order. A batch is
 * up to {@code batch-size} messages, delivered when that many are waiting or when the first of
 * them has waited {@code linger}; each message is a call to the member, and when all are
 * acknowledged the group commits the batch's end offset ({@code consumed.<group>}). A batch with a
 * failure or a timeout is delivered again from the committed offset after 100 ms
 * ({@code redelivered.<group>}, possible duplicates: at-least-once). Lag ({@code lag.<group>}) is
 * the messages past the committed offsets, time-weighted.
 *
 * <h2>Rebalancing</h2>
 * A member that lets a batch's {@code ack-timeout} run out is taken out of its group, whose
 * partitions are then spread over the live members (a rebalance, as when a Kafka member misses
 * its session timeout); the log probes it every {@code ack-timeout} and takes it back, with
 * another rebalance, when it answers ({@code rebalances}). While no member is live, the group
 * waits.
 *
 * <h2>A crash of the log</h2>
 * The log is durable: a crash forgets the batches in flight, which are delivered again from the
 * committed offsets after the restart.
 *
 * <h2>Figures</h2>
 * {@code published}, {@code expired} (removed by retention), {@code retained} (a gauge),
 * {@code rebalances}, and per group {@code lag.<group>}, {@code consumed.<group>},
 * {@code batches.<group>}, {@code redelivered.<group>}, {@code lost.<group>}. Conservation per
 * group, for a group that joined at the start with no warm-up: published = consumed + lost + lag
 * at the end (+ messages of batches in flight).
 */
package org.distsim.models.eventlog;
