/**
 * The coordinator's side of a cluster: {@code distsim run --replications N --cluster ...} and
 * {@code distsim sweep --cluster ...} hand their runs to the members and collect the results.
 *
 * <p>{@link org.distsim.cluster.coordinator.Coordinator} connects as a Hazelcast client, checks
 * each member's distsim identity ({@code MemberBook}), hands runs of a
 * {@link org.distsim.cluster.coordinator.BatchPlan} to members up to their slots, resubmits the
 * runs of members that leave, and gives every result to a
 * {@link org.distsim.cluster.coordinator.ResultSink} with its run index. The caller stores results
 * by index and merges them in (point, replication) order, exactly as for a local batch, so the
 * output does not depend on the number of members, their speed or the order in which runs finish.
 */
package org.distsim.cluster.coordinator;
