package org.distsim.ui.live;

import java.util.List;
import java.util.Map;
import org.distsim.core.fault.ScheduledFault;

/**
 * What the view knows of the run at one moment. Immutable: the simulation thread builds it and
 * the view thread only reads it.
 *
 * @param run          which run this is; {@link Command.Restart} starts the next, so the view knows to clear
 * @param nowNanos     the simulated clock as the view shows it
 * @param endNanos     the end of the run
 * @param events       events processed so far
 * @param mode         paused, playing or finished
 * @param speed        simulated seconds per wall second asked for ({@link Speed#MAX} for as fast as possible)
 * @param achieved     simulated seconds per wall second over the last second of play, or null when
 *                     not playing or too soon to tell; below {@code speed} when the machine cannot keep up
 * @param nodes        every node, then every workload, in declaration order, then each direction of a
 *                     network link that records figures (type {@code link}), as a run's result lists them
 * @param partitions   active partitions by name: their groups of component names
 * @param recent       the most recent messages, oldest first; the view samples its dots from them
 * @param sent         messages sent so far (the view says which share of them it draws)
 * @param chart        one point per closed interval
 * @param faults       every fault applied so far (the timeline's, hand-made, random failures), each
 *                     with the time it was applied, in order
 * @param recorded     the faults made by hand, each with the simulated time it was applied
 * @param message      a line for the status bar ("the run is over"), or empty
 * @param endCard      the lesson's numbers and the objectives' verdicts once the run is over, else null
 * @param rewind       the run's branches and any replay under way ({@link Rewind#NONE} before the first rewind)
 */
public record Snapshot(int run, long nowNanos, long endNanos, long events, Mode mode, double speed, Double achieved,
        List<NodeState> nodes, Map<String, List<List<String>>> partitions, List<Flight> recent, long sent,
        List<ChartPoint> chart, List<ScheduledFault> faults, List<ScheduledFault> recorded, String message,
        EndCard endCard, Rewind rewind) {

    /** A snapshot of a run that has never been rewound. */
    public Snapshot(int run, long nowNanos, long endNanos, long events, Mode mode, double speed, Double achieved,
            List<NodeState> nodes, Map<String, List<List<String>>> partitions, List<Flight> recent, long sent,
            List<ChartPoint> chart, List<ScheduledFault> faults, List<ScheduledFault> recorded, String message,
            EndCard endCard) {
        this(run, nowNanos, endNanos, events, mode, speed, achieved, nodes, partitions, recent, sent, chart, faults,
                recorded, message, endCard, Rewind.NONE);
    }

    /** The same picture with another branch and replay state, and status line. */
    public Snapshot with(Rewind newRewind, String newMessage) {
        return new Snapshot(run, nowNanos, endNanos, events, mode, speed, achieved, nodes, partitions, recent, sent,
                chart, faults, recorded, newMessage, endCard, newRewind);
    }

    /** The node or workload of the given name, or null. */
    public NodeState node(String name) {
        for (NodeState node : nodes) {
            if (node.name().equals(name)) {
                return node;
            }
        }
        return null;
    }
}
