/**
 * The simulated network, a {@link org.distsim.core.kernel.Transport}: every message takes a latency
 * drawn from the network's distribution (plus a degraded link's extra latency) and is lost when a
 * partition separates its ends when it is sent, or by random loss (the network's probability
 * combined with a degraded link's). Whether the target is up is checked by the kernel on arrival.
 *
 * <p>Partitions are named, may be one-way, and leave nodes in no group alone; they are checked
 * when a message is sent, so a message already on the wire still arrives, as it would within one
 * link latency in a real network. Draws come from two streams per sender ({@code net-latency},
 * {@code net-loss}), so adding a loss fault never shifts anyone's latency draws, and adding a node
 * never shifts another's.
 *
 * <p>The network has a shape ({@link org.distsim.core.net.Links}): actors may sit in zones, and
 * link rules give the latency between two zones, within one, or between named actors; the most
 * specific rule that matches a message decides its latency, and a message no rule matches takes
 * the network's own. A rule's draws come from a stream of their own per sender, so a scenario
 * without rules draws exactly what it drew before rules existed, and a rule changes no draw of a
 * sender none of whose messages it matches.
 *
 * <p>Links and node interfaces may have a bandwidth: each direction is then a FIFO server
 * ({@link org.distsim.core.net.Pipe}) whose service time is a message's size
 * ({@link org.distsim.core.net.Payload}) over the bandwidth, so a saturated link queues, and the
 * latency is added after the transfer. A link direction's figures appear among the run's nodes as
 * a node of type {@code link}; an interface's on its node.
 *
 * <p>The network counts no message itself: it tells the kernel, exactly once per message, whether
 * the message will arrive ({@code deliverAt}) or was lost ({@code drop}), and the kernel keeps the
 * counts. The one figure it records is each zoned node's messages into other zones
 * ({@link org.distsim.core.net.NetworkFigures#CROSS_ZONE}). Depends on {@code kernel},
 * {@code random}, {@code result}, {@code metrics} and {@code figure}.
 */
package org.distsim.core.net;
