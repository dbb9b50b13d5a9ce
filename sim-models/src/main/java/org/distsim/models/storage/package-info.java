/**
 * What a storage node holds: the bytes its committed writes stored, and how fast that grows per
 * simulated day, the back-of-envelope figure of capacity planning ("200 GB per day").
 *
 * <p>The model is a store of new objects (photos, posts, events): every committed write keeps its
 * payload (the {@code request-size:} of the workload or call that wrote it), and nothing is
 * reclaimed but what an event log's retention removes. So {@code stored_mb} is the sum, in 10^6
 * bytes, of the sizes of the writes committed in the run, warm-up included, less what retention
 * removed. {@code growth_gb_per_day} (10^9 bytes a day) is extrapolated, not observed: the bytes
 * committed after the warm-up over the measured time, times the 86,400 seconds of a day, before
 * any retention (what a retention period must be sized for). A database, each member of a
 * replicated store (leader-follower, multi-leader or leaderless: each copy stores every write it
 * applies, once) and an event log record them; a node whose writes carry no size records
 * neither, so a scenario without sizes reports what it reported before sizes existed. Depends on
 * {@code sim-core} only.
 */
package org.distsim.models.storage;
