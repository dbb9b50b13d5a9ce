/**
 * A home-timeline service over a {@link org.distsim.models.social.SocialGraph}: the Twitter
 * example of Kleppmann, "Designing Data-Intensive Applications" (2017), ch. 1, and of Raffi
 * Krikorian's "Timelines at Scale" (QCon 2012). A write request is a post by the user named by its
 * key; a read request fetches that user's home timeline (keys wrap around modulo the user count).
 *
 * <h2>Request workers</h2>
 * Posts and reads share {@code workers} workers and one FIFO queue (an M/G/c/K station, as
 * {@code service}). A post takes {@code post-time} and is acknowledged once stored, before any
 * fan-out. A read takes {@code read-time} plus {@code merge-time} for every followee whose recent
 * posts it must merge, which depends on the fan-out mode:
 * <ul>
 *   <li>{@code write} (fan-out on write): the post is put on the fan-out queue, and fan-out workers
 *       insert it into each follower's cached timeline. A read is one cache lookup: no merging.</li>
 *   <li>{@code read} (fan-out on read): the post is stored once. A read merges the timelines of
 *       everyone the reader follows: {@code read-time + followees × merge-time}.</li>
 *   <li>{@code hybrid}: fan-out on write, except for authors with at least
 *       {@code celebrity-threshold} followers, whose posts are merged at read time: a read costs
 *       {@code read-time + celebrities followed × merge-time}.</li>
 * </ul>
 *
 * <h2>Fan-out queue</h2>
 * Each post to fan out joins one FIFO queue of posts. There are {@code fanout-workers} workers,
 * separate from the request workers; an idle one takes the next {@code batch} followers of the post
 * at the head of the queue (a post's batches may run on several workers at once) and spends
 * {@code batch × insert-time} on them. Work is modelled in aggregate, one event per batch, so a post
 * by a user with a million followers costs a thousand events, not a million. A post is
 * <em>visible to all</em> when the last batch of its fan-out completes; the time from its
 * acknowledgement to then is recorded in an HdrHistogram (0 for posts merged at read time, which
 * every follower's next read sees). Posts queue behind each other, so a celebrity's post delays
 * the ordinary posts behind it: the head-of-line blocking that led Twitter to the hybrid design.
 *
 * <h2>Cache</h2>
 * Each user's cached home timeline keeps at most {@code timeline-length} entries (Twitter kept
 * 800); an insert into a full one replaces the oldest. {@code timeline_entries} counts the entries
 * held and {@code timeline_cache_mb} = entries × {@code entry-bytes}. Under read fan-out no
 * timeline is cached The node keeps each user's entry count (two bytes per user, four when
 * {@code timeline-length} exceeds 65,535), allocated at the first insert; a node whose counts would
 * exceed 1 GB is refused when the scenario loads.
 *
 * <h2>Workload and keys</h2>
 * Authors and readers are whoever the workload's keys name. With {@code keys: {popularity: zipf}},
 * key 0 is the hottest, and user 0 is also the most followed, so the most active posters are the
 * celebrities: post popularity follows follower popularity. Use two workloads (one with
 * {@code read-ratio: 0}, one with {@code read-ratio: 1}) to give posts and reads different key
 * laws and to see their latencies apart.
 *
 * <h2>Faults</h2>
 * A crash loses both queues, the work in progress and every cached timeline; posts are durable. After
 * a restart each user's first read rebuilds the timeline by merging every followee (counted in
 * {@code timeline_rebuilds}), so fan-out lost in the crash is not lost to readers. The graph is
 * generated once, from the node's {@code graph} random stream, when the node is created; two
 * timeline nodes therefore hold different graphs. With {@code graph: generated} nothing is stored:
 * the graph is computed from that stream when asked (see the {@code social} package), so
 * {@code users} may reach a billion; the figures of what a run touches stay exact (a post's
 * fan-out inserts into exactly its author's followers, a hybrid read merges exactly the
 * celebrities its reader follows), except a reader's count of non-celebrity followees, which is
 * drawn from its law and prices only reads under fan-out on read and rebuilds.
 *
 * <h2>Figures</h2>
 * {@code utilisation}, {@code queue}, {@code fanout_utilisation} and {@code fanout_backlog}
 * (inserts queued or in progress) are time-weighted. {@code posts}, {@code celebrity_posts},
 * {@code reads}, {@code rejected}, {@code fanout_inserts}, {@code merged_followees} and
 * {@code timeline_rebuilds} count. Derived: {@code write_amplification} (inserts per post),
 * {@code merges_per_read}, {@code timeline_entries}, {@code timeline_cache_mb},
 * {@code visible_to_all_mean_ms} and {@code _p99_ms}, the same for celebrity posts with a
 * {@code _max_ms}, and the graph's {@code graph_users}, {@code graph_follows},
 * {@code graph_max_followers}, {@code graph_celebrities} and {@code graph_mb}.
 */
package org.distsim.models.timeline;
