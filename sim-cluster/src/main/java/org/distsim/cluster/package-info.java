/**
 * Optional scale-out: the replications and design points of a batch run on Hazelcast members and
 * come back as the same bytes a local batch produces.
 *
 * <p>Packages: {@code task} (runs and results as plain, versioned data; no Hazelcast),
 * {@code access} (cluster name and secret, distsim identity, addresses), {@code hazelcast} (what
 * members and coordinators share about Hazelcast), {@code worker} ({@code distsim worker}) and
 * {@code coordinator} ({@code --cluster}). See {@code docs/cluster.md} for how to use it.
 */
package org.distsim.cluster;
