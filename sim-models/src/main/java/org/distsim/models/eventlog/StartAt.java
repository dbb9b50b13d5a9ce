package org.distsim.models.eventlog;

/** Where a consumer group that joins the log starts reading (Kafka's {@code auto.offset.reset}). */
public enum StartAt {
    /** At the oldest message the log still retains: the group replays the history. */
    EARLIEST,
    /** At the end of the log when it joins: only messages published from then on. */
    LATEST
}
