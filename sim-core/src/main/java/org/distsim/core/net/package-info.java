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
 * <p>The network counts nothing itself: it tells the kernel, exactly once per message, whether the
 * message will arrive ({@code deliverAt}) or was lost ({@code drop}), and the kernel keeps the
 * counts. Depends on {@code kernel}, {@code random} and {@code result}.
 */
package org.distsim.core.net;
