package org.distsim.core.figure;

/**
 * What a figure is evidence of, so a report or the live view can pick the figures a lesson is about
 * without knowing the component: the consistency figures of a partition scenario, the backlog of a
 * queue scenario, the resilience figures of a retry storm.
 */
public enum Role {
    /** Work offered or done: requests served, messages published, utilisation, forwarded requests. */
    LOAD,
    /** How long things took: replication lag, queueing delay, time to be visible to every follower. */
    LATENCY,
    /** Work refused or lost: rejections, failures, timeouts, unavailable answers. */
    ERRORS,
    /** What a reader could see wrong: stale reads, read-your-writes violations, lost writes, conflicts. */
    CONSISTENCY,
    /** What the system has to work with: replicas, healthy backends, entries, memory. */
    CAPACITY,
    /** Work waiting: queue backlog, consumer lag, fan-out backlog. */
    BACKLOG,
    /** How well a mechanism pays off: cache hits and hit ratio, write amplification, the hot shard's share. */
    EFFICIENCY,
    /** What the resilience patterns did: retries, hedges, breaker transitions, bulkhead refusals. */
    RESILIENCE
}
