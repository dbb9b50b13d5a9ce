/**
 * The runs of a distributed batch as plain data, and how they travel: nothing in this package
 * knows Hazelcast, so the formats can be tested, and replaced, on their own.
 *
 * <p><b>A task</b> ({@link org.distsim.cluster.task.RunTask}) is everything a member needs to
 * rebuild one run: the scenario's files as the coordinator read them
 * ({@link org.distsim.cluster.task.ScenarioBundle}, captured while the coordinator loaded and
 * validated the scenario with {@link org.distsim.cluster.task.SourceCapture}), the overrides, the
 * seed and duration overrides and the replication index. A member loads the scenario from those
 * bytes through the same loader a local run uses, so it runs the very scenario the coordinator
 * validated, without a shared file system.
 *
 * <p><b>An outcome</b> ({@link org.distsim.cluster.task.TaskOutcome}) is the run's result, or why
 * there is none, as data: exceptions never cross the wire. The result travels through
 * {@link org.distsim.cluster.task.RunResultCodec}, which is exact (doubles as raw bits, figures
 * with their Java types, latency histograms in HdrHistogram's compressed encoding), so the
 * coordinator holds a {@code RunResult} equal to the one a local run produces and renders the same
 * bytes.
 *
 * <p><b>Wire formats</b> ({@link org.distsim.cluster.task.TaskCodec},
 * {@link org.distsim.cluster.task.OutcomeCodec}) start with a tag and a version and are deflated.
 * Reading checks every length and count before allocating and refuses trailing bytes, so damaged
 * bytes are reported as such.
 */
package org.distsim.cluster.task;
