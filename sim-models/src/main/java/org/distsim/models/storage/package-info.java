/**
 * What a storage node holds: the bytes its committed writes stored, and how fast that grows per
 * simulated day, the back-of-envelope figure of capacity planning ("200 GB per day").
 *
 * <p>The model is a store of new objects (photos, posts, events): every committed write keeps its
 * payload ({@code request-size:} of the workload that wrote it), and nothing is reclaimed, so
 * {@code stored_mb} is the sum (in 10^6 bytes) of the sizes of every write committed in the run, warm-up
 * included. {@code growth_gb_per_day} (10^9 bytes a day) is extrapolated, not observed: the bytes committed after
 * the warm-up over the measured time, times the 86,400 seconds of a day. A store whose writes
 * carry no size records neither figure, so a scenario without sizes reports what it reported
 * before sizes existed. Depends on {@code sim-core} only.
 */
package org.distsim.models.storage;
