package org.distsim.models.workload;

import java.nio.charset.StandardCharsets;

/**
 * The client identities of one workload, as a load balancer sees source addresses: client {@code
 * c} of workload {@code w} is a fixed 64-bit number derived from {@code w}'s name and {@code c}
 * alone, so that two workloads never share a client and the identities do not depend on the seed,
 * on the order of the workloads or on the JDK. The draw of which client sends a request is the
 * workload's own (stream {@code clients}); this class only names them.
 */
final class ClientIdentity {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long workloadHash;

    ClientIdentity(String workload) {
        long hash = FNV_OFFSET;
        for (byte b : workload.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * FNV_PRIME;
        }
        this.workloadHash = hash;
    }

    /**
     * The identity of client {@code index}: FNV-1a of the workload's name mixed with the index by
     * the SplitMix64 finaliser; never {@link org.distsim.models.rpc.Request#NO_CLIENT}.
     */
    long of(int index) {
        long z = workloadHash + GOLDEN_GAMMA * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return z == 0 ? 1 : z;
    }
}
