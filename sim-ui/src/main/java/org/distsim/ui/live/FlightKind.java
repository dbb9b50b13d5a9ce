package org.distsim.ui.live;

/** What a message on the wire is, for its colour: a request, a successful or failed response, or lost. */
public enum FlightKind {
    /** A request on its way to be served. */
    REQUEST,
    /** A successful response. */
    OK,
    /** A response that reports a failure (rejected, unavailable, error, ...). */
    FAILED,
    /** Dropped by a partition, by loss, or at a crashed node. */
    DROPPED,
    /** Anything else: health probes, replication, queue traffic. */
    OTHER
}
