package org.distsim.models.loadbalancer;

import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.models.loadbalancer.balancing.BalancingStrategy;
import org.distsim.models.loadbalancer.balancing.ConsistentHashBalancing;
import org.distsim.models.loadbalancer.balancing.HashModN;
import org.distsim.models.loadbalancer.balancing.IpHash;
import org.distsim.models.loadbalancer.balancing.LeastConnections;
import org.distsim.models.loadbalancer.balancing.PowerOfTwoChoices;
import org.distsim.models.loadbalancer.balancing.RandomChoice;
import org.distsim.models.loadbalancer.balancing.RoundRobin;
import org.distsim.models.loadbalancer.balancing.SmoothWeightedRoundRobin;
import org.distsim.models.rpc.Request;

/** How a load balancer picks the backend of each request; the strategies live in {@code balancing}. */
public enum Algorithm {
    /** Healthy backends in turn. */
    ROUND_ROBIN,
    /** nginx's smooth weighted round robin: each backend in proportion to its weight, interleaved. */
    WEIGHTED_ROUND_ROBIN,
    /** A healthy backend uniformly at random. */
    RANDOM,
    /** The healthy backend with the fewest requests in flight, ties broken at random. */
    LEAST_CONNECTIONS,
    /** The less busy of two healthy backends drawn at random. */
    POWER_OF_TWO_CHOICES,
    /** The first healthy backend clockwise from the request's key on a ring with virtual nodes. */
    CONSISTENT_HASH,
    /** The healthy backend number {@code hash(key) mod h} of the {@code h} healthy ones: remaps most keys when {@code h} changes. */
    HASH_MOD_N,
    /** nginx's ip_hash: by the request's client identity, not its key, over all backends, rehashing past unhealthy ones. */
    IP_HASH;

    /** What the strategy is given as the request's key: the client's identity for ip-hash, else the data key. */
    long keyOf(Request request) {
        return this == IP_HASH ? request.client() : request.key();
    }

    /** Whether the backend follows from a hash of the request (its key or its client) rather than from load or turn. */
    boolean hashes() {
        return this == CONSISTENT_HASH || this == HASH_MOD_N || this == IP_HASH;
    }

    /**
     * A fresh strategy, which keeps its own state (cursor, weights, ring).
     *
     * @param rng the stream that random strategies and random tie-breaks draw from
     * @param virtualNodes points per backend on a consistent-hash ring
     */
    BalancingStrategy strategy(UniformRandomProvider rng, int virtualNodes) {
        return switch (this) {
            case ROUND_ROBIN -> new RoundRobin();
            case WEIGHTED_ROUND_ROBIN -> new SmoothWeightedRoundRobin();
            case RANDOM -> new RandomChoice(rng);
            case LEAST_CONNECTIONS -> new LeastConnections(rng);
            case POWER_OF_TWO_CHOICES -> new PowerOfTwoChoices(rng);
            case CONSISTENT_HASH -> new ConsistentHashBalancing(virtualNodes);
            case HASH_MOD_N -> new HashModN();
            case IP_HASH -> new IpHash();
        };
    }
}
