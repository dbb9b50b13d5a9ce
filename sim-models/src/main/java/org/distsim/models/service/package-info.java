/**
 * The node type {@code service}: {@code c} workers sharing one FIFO queue (the M/G/c/K station;
 * Kleinrock, <i>Queueing Systems</i> vol. 1, 1975; Harchol-Balter, <i>Performance Modeling and
 * Design of Computer Systems</i>, 2013), optionally calling dependencies with the stability
 * patterns of Nygard (<i>Release It!</i>, 2nd ed., 2018, ch. 5) and Beyer et al. (<i>Site
 * Reliability Engineering</i>, 2016, ch. 22, "Addressing Cascading Failures").
 *
 * <h2>How a service is composed</h2>
 * {@link org.distsim.models.service.Service} is the actor; it owns three parts, each with one job:
 * <ul>
 *   <li>the queueing stations: one {@link org.distsim.models.station.Station} per replica, all
 *       counted by the node's one {@link org.distsim.models.station.Occupancy} (the {@code
 *       utilisation} and {@code queue} figures); the service only draws the service time, in one
 *       place, where a slow-down fault lengthens it and {@code speed} shortens it;</li>
 *   <li>the dependency calls ({@code DependencyCalls}): per request, the calls that apply to it
 *       ({@code RequestCalls}, which also holds the rule that decides the request), and per {@code
 *       calls:} entry the state its calls share ({@code Dependency}: breaker, retry budget,
 *       bulkhead count and the per-target figures);</li>
 *   <li>the deployment ({@code Deployment}): which replicas are ready, provisioning or draining,
 *       the in-cluster routing ({@code ReplicaRouter}), {@link
 *       org.distsim.models.service.ScaleTo} commands and {@link
 *       org.distsim.models.service.LoadReport}s.</li>
 * </ul>
 * A request flows through them in that order: the deployment routes it to a replica, the replica's
 * station gives it a worker, and once its own service time is over the dependency calls decide it;
 * the service answers and the station hands the worker on.
 *
 * <h2>Thread per request</h2>
 * A request holds its worker from the start of its own service time until it is answered: first
 * the service time, then the {@code calls:} (sequentially in list order, or all at once for {@code
 * mode: parallel}). A worker waiting for a slow dependency serves nobody else, so a dependency
 * that times out fills the queue of its caller: the cascade that timeouts, breakers and bulkheads
 * are there to stop. Without calls the service is the queueing station alone.
 *
 * <h2>One call, step by step</h2>
 * <ol>
 *   <li>The breaker, if any, is asked; while it is open the call fails at once with {@code
 *       circuit-open}. The bulkhead, if any, is checked; when it already has its limit of calls in
 *       flight (over all requests) the call fails at once with {@code bulkhead-full}. These local
 *       refusals are not retried.</li>
 *   <li>An attempt is sent with the call's {@code timeout}. With {@code hedge-after}, if the
 *       attempt has not answered by then (and the breaker is closed and the bulkhead has room) a
 *       second attempt is sent; the first success wins and the other is abandoned; a failure waits
 *       for its sibling.</li>
 *   <li>When every attempt of the try has failed (an answered failure or a timeout; each reported
 *       to the breaker), the call is retried if it has retries left and the retry budget allows
 *       it, after the backoff delay (at once without {@code backoff}), and the retry goes back to
 *       step 1. Otherwise the call has failed.</li>
 * </ol>
 *
 * <h2>The request's outcome</h2>
 * Sequential: the first failed call fails the request; otherwise it succeeds when the last call
 * does. Parallel, {@code wait-for: all}: the first failure fails it; {@code first-k}: k successes
 * complete it, and it fails once more than n − k calls failed. Calls still running when the
 * request is decided are abandoned. A failed request is answered with the failed call's reason:
 * the dependency's own reason when it answered (so a chain keeps the root cause), {@code
 * dependency-timeout: <target>} when it timed out, {@code call-error: <target>} when the edge erred
 * (its {@code error-rate}), {@code circuit-open} or {@code bulkhead-full}.
 *
 * <h2>Error rates and fallbacks</h2>
 * With {@code error-rate} the handler itself fails: when a request's own service time is over,
 * one draw from the node's stream {@code errors} decides whether it is answered with a definite
 * {@code error} (and then it makes no calls). A call's {@code error-rate} turns that fraction of
 * the dependency's successful answers into {@code call-error: <target>} on the edge, drawn from
 * the caller's stream {@code call-errors.<target>}; it is a failed attempt like any other
 * (retried, seen by the breaker). A call with {@code fallback} that fails for good is answered by
 * a default value: the call counts as a success and the request is answered ok, counted as
 * {@code degraded}. Each draw comes from a stream of its own, so adding an error rate changes no
 * other draw of the run, and independent errors compose as availabilities multiply (three
 * services in series at 2 %: 0.98³).
 *
 * <h2>Deadlines and cancellation</h2>
 * A request carries the deadline its caller tells ({@link org.distsim.models.rpc.Request}); {@code
 * deadlines:} says what the service does with it ({@link org.distsim.models.service.DeadlineMode},
 * kept by {@code ServiceDeadlines}). With {@code enforce} a request whose deadline has passed is
 * dropped before a worker starts it, or before it makes its calls ({@code expired}); its calls tell
 * the deadline less {@code deadline-margin}, never wait past it and are not retried or hedged once
 * it has passed; and a {@link org.distsim.models.rpc.Cancel} goes to the callee of every attempt
 * the service gives up on. A cancel from the caller takes a queued request out of its station,
 * stops one waiting for its calls (cancelling them in turn, freeing its worker), and lets one in its
 * own service time run to the end of it (a handler is not interrupted mid-computation; cancellation
 * is cooperative, as a Go context or a gRPC call's is), then drops it unanswered. Work done for a
 * caller that had already given up is counted as {@code wasted} with {@code observe} or {@code
 * enforce}, judged by the give-up time the request carries for measurement only (Beyer et al.,
 * <i>Site Reliability Engineering</i>, 2016, ch. 22, "Deadline propagation").
 *
 * <h2>Sagas</h2>
 * A call with {@code compensate:} is a saga step (Garcia-Molina and Salem, "Sagas", SIGMOD 1987).
 * When the request fails, {@code SagaCompensation} undoes, in reverse order of the list, every step
 * that may have taken effect: one that succeeded, timed out, was abandoned in flight or had its
 * success turned into an error on the edge; a step whose every attempt got a definite failure did
 * nothing and is not undone. The request keeps its worker until the last compensation has its
 * outcome, then is answered failed; a compensation that fails every attempt leaves the request
 * {@code inconsistent}.
 *
 * <h2>Replicas</h2>
 * With {@code replicas: n} the node is a deployment of n identical replicas, each an M/G/c/K
 * station of its own (its own workers and queue), behind in-cluster routing
 * ({@link org.distsim.models.service.ReplicaBalancing}, as kube-proxy in front of pods). So it is n
 * queues, not one: a random split of Poisson arrivals makes each replica an M/M/c queue at λ/n
 * (Poisson splitting; Harchol-Balter, Performance Modeling and Design of Computer Systems, 2013,
 * on task assignment in server farms: round-robin and join-the-shortest-queue do better, one
 * pooled queue best). {@link org.distsim.models.service.ScaleTo} changes n during the run (new replicas
 * after a provisioning delay; removed ones drain), {@link org.distsim.models.service.LoadQuery}
 * is answered with a {@link org.distsim.models.service.LoadReport}: the interface of the
 * {@code autoscaler} package.
 */
package org.distsim.models.service;
