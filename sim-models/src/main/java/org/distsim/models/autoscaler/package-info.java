/**
 * Horizontal autoscaling: an {@link org.distsim.models.autoscaler.Autoscaler} node that scrapes a
 * service's load and changes its replica count, as the Kubernetes Horizontal Pod Autoscaler does.
 *
 * <p>The rule is the HPA's (Kubernetes documentation, "Horizontal Pod Autoscaling", section
 * "Algorithm details"): desiredReplicas = ceil(currentReplicas × currentMetricValue /
 * desiredMetricValue), skipped while the ratio is within a tolerance of 1 (default 0.1), clamped to
 * [minReplicas, maxReplicas]; scaling down is held back by a stabilisation window (the HPA's
 * {@code behavior.scaleDown.stabilizationWindowSeconds}, here {@code cooldown}) that takes the
 * highest recommendation in it. The current count in the formula is the ready replicas, over which
 * the metric is averaged; replicas still provisioning are counted as running (no second order for
 * them) and block scale-down, a simplification of the HPA's handling of unready pods.
 *
 * <p>The autoscaler and the service share no state: the metrics pipeline is a message exchange
 * ({@link org.distsim.models.service.LoadQuery} every interval, answered by a
 * {@link org.distsim.models.service.LoadReport} of time-weighted averages since the previous
 * query) and the decision is a message ({@link org.distsim.models.service.ScaleTo} carrying the
 * provisioning delay). So the reaction to a load step takes up to one interval to be seen, the
 * network latency twice, and the provisioning delay to take effect: the lag that makes
 * autoscaling under bursts a queueing problem.
 */
package org.distsim.models.autoscaler;
