/**
 * A single-node key-value database, modelled the way capacity planning treats one: a
 * multi-server queue (M/G/c/K, see Harchol-Balter, "Performance Modeling and Design of Computer
 * Systems", 2013, ch. 14) with different service-time distributions for reads and writes, in
 * front of durable versioned storage.
 *
 * <h2>Data</h2>
 * Values are not modelled; each key carries the version of its latest committed write (0 before
 * the first), as in the histories Jepsen checks: a read returns a version, a write creates the
 * next one. That is enough to measure stale reads and lost writes from what clients actually saw.
 * A read observes the store when it completes and a write commits when it completes, so a read
 * that starts after a write was acknowledged always returns that write's version or a later one.
 *
 * <h2>Faults</h2>
 * Storage is durable: a crash loses the queue and the requests in service (a write in service was
 * not committed; its caller times out with an unknown outcome), never a committed version.
 *
 * <h2>Figures</h2>
 * {@code utilisation} and {@code queue} (time-weighted), {@code reads} and {@code writes}
 * (completed), {@code rejected} (turned away by a full queue).
 *
 * <p>Replication, quorums and sharding are later additions; {@code VersionStore} holds the
 * storage so that replicas can share it.
 */
package org.distsim.models.database;
