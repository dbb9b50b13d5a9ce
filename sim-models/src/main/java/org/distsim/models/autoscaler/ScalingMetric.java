package org.distsim.models.autoscaler;

/** What an autoscaler keeps at its target value. */
public enum ScalingMetric {
    /**
     * Busy workers over all workers of the ready replicas, averaged over the last interval: the
     * CPU-utilisation target of a Kubernetes HPA. It cannot exceed 1, so one decision grows the
     * deployment at most by the factor 1 / target-value.
     */
    UTILISATION,
    /**
     * Requests waiting for a worker, per ready replica, averaged over the last interval: a custom
     * per-pod metric (queue depth, in-flight requests) of an HPA.
     */
    QUEUE_LENGTH
}
