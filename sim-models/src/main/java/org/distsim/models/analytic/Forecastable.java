package org.distsim.models.analytic;

/**
 * Implemented by the configuration record of a component that can forecast itself: given the
 * requests offered to it, it says how busy it is, which closed form (if any) describes its
 * queue, and what it sends on. The component's own package decides, because only it knows what its
 * knobs mean (that a service with dependencies keeps its worker while it waits, that round robin
 * does not keep arrivals Poisson); nothing outside matches component names.
 */
public interface Forecastable {

    /**
     * The forecast for {@code offered}, which is never empty of workloads; {@code peers} answers
     * questions about the other nodes (whether a balancer's backends are alike).
     */
    NodeForecast forecast(Flow offered, Peers peers);
}
