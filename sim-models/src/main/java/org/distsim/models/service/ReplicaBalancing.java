package org.distsim.models.service;

/**
 * How a service of several replicas hands an arriving request to one of its ready replicas: the
 * in-cluster routing of a Kubernetes Service (kube-proxy) in front of the pods of a Deployment.
 */
public enum ReplicaBalancing {
    /** In turn over the ready replicas (kube-proxy in IPVS mode, whose default scheduler is rr). */
    ROUND_ROBIN,
    /**
     * Uniformly at random (kube-proxy in iptables mode). A random split of Poisson arrivals is
     * Poisson again, so each replica is exactly an M/M/c queue at λ/replicas.
     */
    RANDOM,
    /**
     * To the replica with the fewest requests in service or waiting (join the shortest queue), ties
     * broken in turn; close to one pooled queue over all the workers.
     */
    LEAST_LOADED
}
