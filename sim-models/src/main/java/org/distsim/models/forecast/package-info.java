/**
 * The static forecast of a scenario, before any run ({@code distsim explain}, and the theory a
 * sweep sets beside its points): {@link org.distsim.models.forecast.Forecast} follows the requests
 * each workload offers through the call graph, asking each component's configuration what it
 * makes of them ({@link org.distsim.models.analytic.Forecastable}), and
 * {@link org.distsim.models.forecast.WorkloadLatency} turns the closed-form model of a workload's
 * target into the latency and availability it predicts. {@link org.distsim.models.forecast.ForecastText}
 * writes it for people.
 *
 * <p>It depends on the loaded scenario and on {@code org.distsim.models.analytic}; no component
 * depends on it, so the components can implement the analytic contract without a package cycle.
 * Nothing here knows a component by name: what a node is to the forecast is its own package's
 * answer.
 */
package org.distsim.models.forecast;
