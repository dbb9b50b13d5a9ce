package org.distsim.core.figure;

/**
 * When a counted event belongs to a measurement window: the warm-up cut of the summary, and the
 * interval of the time series in which it is counted.
 */
public enum Window {
    /** When it happens: a node served a request, a cache evicted a key, a client sent a retry. */
    OCCURRENCE,
    /**
     * When the request it is about was due. A per-request figure (a request, its outcome, a read
     * that was stale) counts in the summary when its request was due after the warm-up, and in the
     * time series in the interval in which its request was due, however late its outcome came. So
     * figures about the same requests always cover the same requests: {@code stale_reads} can
     * never exceed {@code versioned_reads}, nor these exceed {@code reads}.
     */
    DUE_TIME
}
