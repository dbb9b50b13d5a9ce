/**
 * Who may take part in a distsim cluster, and where it is.
 *
 * <p>{@link org.distsim.cluster.access.ClusterAccess} keeps strangers out: a cluster name and a
 * shared secret, from which the Hazelcast cluster name is derived and with which every task and
 * result is sealed (HMAC-SHA256). Its Javadoc says exactly what that protects and what it does not.
 * {@link org.distsim.cluster.access.BuildIdentity} keeps out members that would compute different
 * bytes: another distsim version, another build or another scenario format.
 * {@link org.distsim.cluster.access.Endpoint} is a {@code HOST:PORT} as the user writes it.
 */
package org.distsim.cluster.access;
