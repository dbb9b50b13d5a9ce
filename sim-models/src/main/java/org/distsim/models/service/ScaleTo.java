package org.distsim.models.service;

import org.distsim.core.kernel.Message;

/**
 * A command to a service: run {@code replicas} replicas. New replicas become ready, and start taking
 * requests, after {@code provisioningDelayNanos} (scheduling, image pull, start-up, readiness
 * probe); surplus replicas are removed newest first, replicas still provisioning before ready ones,
 * and a removed ready replica drains: it takes no new request and disappears once the requests it
 * holds (in service or waiting) are answered, like a pod in its termination grace period.
 *
 * @param replicas               the wanted number of replicas, at least 1
 * @param provisioningDelayNanos how long a new replica takes to become ready, &gt;= 0
 */
public record ScaleTo(int replicas, long provisioningDelayNanos) implements Message {

    public ScaleTo {
        if (replicas < 1) {
            throw new IllegalArgumentException("replicas must be at least 1, got " + replicas);
        }
        if (provisioningDelayNanos < 0) {
            throw new IllegalArgumentException("provisioning delay must not be negative, got " + provisioningDelayNanos);
        }
    }
}
