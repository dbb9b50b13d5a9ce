/**
 * A key-value database replicated on N members: the {@code replicated-database} node type. One
 * YAML node {@code db} becomes a front actor {@code db}, which routes requests as a database
 * driver or proxy does, and members {@code db-1 .. db-N}, each a station of {@code workers}
 * workers (as the single-node {@code database}) with its own copy of the data. Every message
 * between members crosses the simulated network, so latency reorders them and partitions and
 * crashes cut them, and clients may talk to one member directly (a client near a replica).
 *
 * <p>The front can also route a client's reads for session guarantees (Kleppmann, DDIA ch. 5,
 * "Problems with Replication Lag"; Terry et al., "Session Guarantees for Weakly Consistent
 * Replicated Data", 1994): {@code read-your-writes: leader-after-write} sends a read of a key the
 * same client wrote lately to the leader ({@code RecentWrites});
 * {@code sticky} pins each client to one member, which gives monotonic reads but not
 * read-your-writes.
 *
 * <h2>Data and versions</h2>
 * Values are not modelled. Each member holds, for every key, the {@link
 * org.distsim.models.replication.Stamps stamp} of the newest write it has: the writer's simulated
 * time with its member number below. Stamps are the versions in responses, so the clients'
 * consistency checks (stale reads, read-your-writes violations) work from what was actually read,
 * and stamps order writes for last-writer-wins reconciliation. Clocks are perfect unless the
 * store has {@code clock-skew} ({@link org.distsim.models.replication.MemberClock}): then a
 * stamp is the writer's clock reading, and a write made later in true time may lose to an older
 * one with a higher stamp ({@code lost_newer_writes}; Kleppmann, DDIA ch. 8, "Unreliable Clocks").
 *
 * <h2>Leader-follower</h2>
 * Kleppmann, "Designing Data-Intensive Applications" (2017), ch. 5, "Leaders and Followers". One
 * leader (member 1, term 1) commits every write, appends it to its replication log and ships it
 * to each follower after the replication delay (the shipping delay of a binlog dump thread; a
 * crash loses what has not left). A follower applies entries on a worker as they arrive and makes
 * them visible in log order (MySQL's parallel applier with preserved commit order), so its
 * replication lag is shipping delay + network + apply time, plus waiting for earlier entries that
 * the network delivered later: a running maximum of the delays, whose mean for Poisson writes at
 * rate λ and exponential delays of mean d is d (ln(λd) + γ + E1(λd) + (1 − e^−λd)/(λd)). With
 * {@code apply-order: independent} each entry's write is visible when its own apply is over (the
 * log itself still grows in order), so the lag is the entry's own delay. {@code commit}: {@code async} acknowledges at commit;
 * {@code semi-sync} after the first follower applied the entry (MySQL semi-synchronous
 * replication); {@code sync} after every follower the leader has heard from within twice the
 * failure timeout. Followers report their position; one that fell behind (a partition, a crash)
 * is shipped the missing entries, one with entries the leader lacks is told to rewind (the log
 * matching rule of Ongaro and Ousterhout's Raft, 2014, with entries tagged by the era of the
 * leader that wrote them).
 *
 * <h2>Catch-up and routing</h2>
 * A follower that reconnects to its leader (a restart, a healed partition) serves no read under
 * {@code cp} until it applied what its leader had then. Heartbeats tell the front whether a member
 * would serve a read and how far it lags (MySQL's Seconds_Behind_Source), so the
 * {@link org.distsim.models.replication.DatabaseFront front} routes reads around members catching
 * up or lagging beyond {@code max-lag}, retries on another member ({@code driver-retries}), and
 * suspects a silent member after {@code suspect-after}.
 *
 * <h2>Failover</h2>
 * DDIA ch. 5, "Handling Node Outages", and ch. 9 on leader election. Members heartbeat every
 * {@code heartbeat-interval}; a peer silent for {@code failure-timeout} counts as unreachable
 * ({@link org.distsim.models.replication.PeerMonitor}). A follower that suspects its leader
 * elects the reachable member with the most complete log (ties to the lowest number) in the next
 * term ({@link org.distsim.models.replication.Election}); members follow the best claim they hear,
 * and a leader that hears a better one steps down. Acknowledged writes the new leader never
 * received are lost: with async replication, about the writes of the last shipping delay before
 * the crash. The front counts them ({@code lost_writes}); clients see them as stale reads.
 *
 * <h2>CP or AP</h2>
 * Brewer's CAP conjecture as proved by Gilbert and Lynch (2002): during a partition a replica
 * either refuses or may answer stale. {@code partition: cp}: a member that cannot reach its leader
 * refuses (fails with {@code unavailable}) writes and reads; a leader that cannot reach a
 * majority refuses too, and only a member that reaches a majority may be elected, so there is no
 * split brain and no stale read on account of the partition (follower reads may still lag, by the
 * replication lag, when reads go to followers). {@code ap}: a cut-off member serves reads from its
 * copy and accepts writes itself, shipping them to everyone; any member may be elected, so both
 * sides may lead (split brain). After the heal nothing is discarded: writes the winning leader
 * lacks are re-shipped, every member keeps the write with the highest stamp for each key (last
 * writer wins), and the acknowledged writes that lose are counted as {@code conflicts}.
 *
 * <h2>Multi-leader</h2>
 * DDIA ch. 5, "Multi-Leader Replication": every member commits writes and acknowledges them at
 * once, and ships them to every other member; concurrent writes of one key conflict, last writer
 * wins, and the member whose write lost counts the conflict once. Members that missed writes (a
 * partition, a crash) are shipped them again, so all converge.
 *
 * <h2>Leaderless</h2>
 * DDIA ch. 5, "Leaderless Replication", and Amazon's Dynamo (DeCandia et al., SOSP 2007), in
 * {@link org.distsim.models.replication.LeaderlessReplica}. The member a request reaches
 * coordinates it. A write gets a stamp and goes to all N members, the coordinator included; each
 * applies it on a worker (after the replication delay when shipped) and acknowledges, and the
 * client is answered after W acknowledgements. A read goes to all N, and the client gets the
 * newest of the first R replies (as Dynamo does, so one slow replica never holds a read up). With
 * R + W &gt; N every read quorum meets every write quorum, so no read misses an acknowledged
 * write; with R + W &le; N reads may be stale but answer sooner. With {@code read-repair}, replicas
 * that replied an older stamp (late repliers included) get the newest written back
 * ({@code read_repairs}). Anti-entropy (Dynamo's Merkle trees) is not modelled, so keys never read
 * again stay behind. When fewer than R (or W) members reply within {@code request-timeout}, or the
 * failure detector already counts fewer reachable: {@code cp} (a strict quorum) fails the request
 * as {@code unavailable}; {@code ap} (a sloppy quorum) answers with what it got, at least its own
 * copy, and keeps a hint for each member that did not acknowledge a write, handing it off when it
 * hears that member again ({@code hinted_handoffs}, at most 64 per peer per heartbeat, as
 * Cassandra throttles them), so all converge after the heal. Every member holds every key, so the
 * coordinator keeps the hints itself instead of writing to substitute nodes. Per-member figures:
 * {@code coordinated_reads}, {@code coordinated_writes}, {@code read_repairs},
 * {@code hinted_handoffs} besides those below.
 *
 * <h2>Figures</h2>
 * Per member: {@code reads}, {@code writes}, {@code applied}, {@code rejected},
 * {@code unavailable}, {@code leader_changes}, {@code conflicts},
 * {@code replication_lag_mean_ms}, {@code replication_lag_p99_ms}, {@code replication_lag_max_ms},
 * {@code lag_ms} (a gauge: the lag of the last write applied, over time), {@code utilisation} and
 * {@code queue}. On the front: {@code unavailable} (members that did not
 * answer within {@code request-timeout}) and, for leader-follower, {@code lost_writes} (with
 * {@code cp}; with {@code ap} a returning member re-ships what the new leader lacked, so nothing
 * is discarded and the writes that lose count as conflicts instead).
 *
 * <h2>Durability</h2>
 * A member's store, log and the leadership it follows are durable; a crash loses its queue, the
 * requests in progress and shipments not yet sent or applied. A restarted leader resumes its old
 * claim until it hears a better one.
 */
package org.distsim.models.replication;
