/**
 * What members and coordinators share about Hazelcast: the settings
 * ({@link org.distsim.cluster.hazelcast.HazelcastSetup}), the one task class that crosses the
 * wire ({@link org.distsim.cluster.hazelcast.RunCallable}, sealed bytes inside), and the interface
 * through which a member runs it ({@link org.distsim.cluster.hazelcast.TaskHandler}).
 *
 * <p>Hazelcast is loaded only by the classes of this package and of the {@code worker} and
 * {@code coordinator} packages, and only when {@code distsim worker} runs or a batch is given
 * {@code --cluster}: a local run never loads it.
 */
package org.distsim.cluster.hazelcast;
