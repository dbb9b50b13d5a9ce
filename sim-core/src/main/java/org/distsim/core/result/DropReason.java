package org.distsim.core.result;

/**
 * Why a message never reached its target. A closed set: the network drops a message when a
 * partition separates its ends or by random loss, and the kernel drops it when its target is down
 * on arrival.
 *
 * <p>Declared in the alphabetical order of the keys, so that maps keyed by a reason (an
 * {@link java.util.EnumMap}) render in the same order as they did when the keys were strings.
 */
public enum DropReason {
    /** Lost at random: the network's loss probability or a degraded link's. */
    LOSS("loss"),
    /** The target was crashed when the message arrived. */
    NODE_DOWN("node-down"),
    /** A partition separated sender and target when the message was sent. */
    PARTITION("partition");

    private final String key;

    DropReason(String key) {
        this.key = key;
    }

    /** The name in results, reports and the JSON ({@code node-down}). */
    public String key() {
        return key;
    }

    /** The {@link #key()}, so that a reason reads the same wherever it is printed. */
    @Override
    public String toString() {
        return key;
    }
}
