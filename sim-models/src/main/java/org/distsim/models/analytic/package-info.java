/**
 * Queueing and caching theory in closed form, to set beside what the simulator measures: the
 * formulas, each with the assumptions it needs, and the small contract by which a component
 * forecasts itself from the requests offered to it.
 *
 * <h2>The formulas</h2>
 * <table>
 *   <caption>Closed forms, what they give and what they assume</caption>
 *   <tr><th>model</th><th>gives</th><th>assumes</th></tr>
 *   <tr><td>{@link org.distsim.models.analytic.MMc} (M/M/1, M/M/c; {@link org.distsim.models.analytic.ErlangC})</td>
 *       <td>waiting probability, mean and every percentile of the response time</td>
 *       <td>Poisson arrivals, exponential service, c identical workers, one unbounded FIFO queue, utilisation &lt; 1</td></tr>
 *   <tr><td>{@link org.distsim.models.analytic.MG1} (M/D/1, M/G/1, Pollaczek-Khinchine)</td>
 *       <td>mean wait and mean response only</td>
 *       <td>Poisson arrivals, one worker, service times with a finite second moment, utilisation &lt; 1</td></tr>
 *   <tr><td>{@link org.distsim.models.analytic.MMcK} (M/M/c/K, M/M/c/c)</td>
 *       <td>blocking probability, utilisation, mean response (Little's law)</td>
 *       <td>Poisson arrivals, exponential service, a bounded queue; rejected requests are not retried</td></tr>
 *   <tr><td>{@link org.distsim.models.analytic.CheLru} (Che's approximation)</td>
 *       <td>hit ratio of an LRU cache</td>
 *       <td>independent requests with Zipf (or uniform) key popularity, no expiry, no writes</td></tr>
 *   <tr><td>{@link org.distsim.models.analytic.Quorum}</td>
 *       <td>availability of k-of-n replicas</td>
 *       <td>replicas fail independently of each other</td></tr>
 * </table>
 * Each is tested against values worked out in the textbooks it cites. A formula whose
 * assumptions do not hold gives a number that means nothing; that is why nothing here guesses:
 * where no closed form applies, the forecast says so and why.
 *
 * <h2>The forecast contract</h2>
 * A workload's configuration is a {@link org.distsim.models.analytic.LoadSource}: it knows the
 * {@link org.distsim.models.analytic.Flow} it offers (rate, Poisson or not, steady or scheduled,
 * read share, keys), or why that cannot be known before the run (a closed loop, whose rate
 * depends on its response times). A node's configuration is
 * {@link org.distsim.models.analytic.Forecastable}: given the flow offered to it, it returns a
 * {@link org.distsim.models.analytic.NodeForecast} (its load, its station model or why there is
 * none, and the flows it sends on). The component's own package decides what closed form
 * describes it; {@link org.distsim.models.analytic.Stations} then picks the formula for a plain
 * station. {@code org.distsim.models.forecast} walks a loaded scenario from its workloads through
 * the call graph; it is a package of its own so that this one, which every component imports,
 * depends on no component and on no part of the scenario format.
 */
package org.distsim.models.analytic;
