package org.distsim.models.service;

import org.distsim.core.kernel.Message;

/**
 * A service's answer to a {@link LoadQuery}: what a metrics pipeline (metrics-server, Prometheus)
 * would give an autoscaler. The averages are time-weighted over the interval since the previous
 * query.
 *
 * @param readyReplicas   replicas taking requests now
 * @param pendingReplicas replicas ordered but still provisioning
 * @param utilisation     busy workers over the workers of the ready and draining replicas, in [0, 1]
 * @param queuePerReplica requests waiting for a worker, per ready replica
 */
public record LoadReport(int readyReplicas, int pendingReplicas, double utilisation, double queuePerReplica)
        implements Message {

    /** The replicas the service runs or has ordered: the count a new {@link ScaleTo} is compared with. */
    public int specReplicas() {
        return readyReplicas + pendingReplicas;
    }
}
