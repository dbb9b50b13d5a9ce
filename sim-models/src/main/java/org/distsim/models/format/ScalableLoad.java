package org.distsim.models.format;

/**
 * Marks the configuration of a workload whose rate a {@code load-spike} fault may multiply: its
 * actor honours {@link org.distsim.core.inject.LoadFactor}. The loader refuses a load spike on any
 * other workload, at the fault, rather than letting it pass without effect. Open-loop workloads
 * multiply their rate, closed-loop workloads their users.
 */
public interface ScalableLoad {
}
