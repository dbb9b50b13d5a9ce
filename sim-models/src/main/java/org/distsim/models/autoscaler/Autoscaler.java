package org.distsim.models.autoscaler;

import java.util.ArrayDeque;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.metrics.Counter;
import org.distsim.core.metrics.TimeWeightedGauge;
import org.distsim.models.rpc.HealthProbe;
import org.distsim.models.service.LoadQuery;
import org.distsim.models.service.LoadReport;
import org.distsim.models.service.ScaleTo;

/**
 * A horizontal autoscaler in the manner of the Kubernetes HPA: every {@code interval} it scrapes
 * its target ({@link LoadQuery}), and on the answer ({@link LoadReport}) computes
 * desired = ceil(ready × metric / target-value), clamped to [min, max], with no change while the
 * ratio is within the tolerance of 1. A higher count is ordered at once ({@link ScaleTo}); a
 * lower one only down to the highest recommendation of the last {@code cooldown} (the scale-down
 * stabilisation window), and never while replicas are still provisioning.
 *
 * <p>It holds no state shared with the service: it knows only what the reports tell it, so a
 * report lost to the network or to a crashed target means one decision fewer. Its own crash
 * forgets its recommendations; it resumes scraping on restart.
 */
public final class Autoscaler implements Actor {

    private final ActorContext context;
    private final AutoscalerConfig config;
    private final long intervalNanos;
    private final long provisioningDelayNanos;
    private final long cooldownNanos;
    /** Recommendations of the stabilisation window, oldest first. */
    private final ArrayDeque<Recommendation> window = new ArrayDeque<>();
    private final Counter scaleUps;
    private final Counter scaleDowns;
    private final TimeWeightedGauge desired;
    private ActorRef target;
    /** The first report only opens the service's measurement interval. */
    private boolean baseline;

    public Autoscaler(ActorContext context, AutoscalerConfig config) {
        this.context = context;
        this.config = config;
        this.intervalNanos = config.interval().toNanos();
        this.provisioningDelayNanos = config.provisioningDelay().toNanos();
        this.cooldownNanos = config.cooldown().toNanos();
        var metrics = context.nodeMetrics();
        this.scaleUps = metrics.counter(AutoscalerFigures.SCALE_UPS);
        this.scaleDowns = metrics.counter(AutoscalerFigures.SCALE_DOWNS);
        this.desired = metrics.gauge(AutoscalerFigures.DESIRED_REPLICAS);
    }

    @Override
    public void onStart() {
        target = context.lookup(config.target());
        begin();
    }

    @Override
    public void onRestart() {
        begin();
    }

    private void begin() {
        baseline = true;
        context.send(target, new LoadQuery());
        context.setTimer(intervalNanos, new ScrapeDue());
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (message instanceof HealthProbe probe) {
            context.send(from, probe.reply());
        } else if (message instanceof ScrapeDue) {
            context.send(target, new LoadQuery());
            context.setTimer(intervalNanos, new ScrapeDue());
        } else if (message instanceof LoadReport report) {
            if (baseline) {
                baseline = false;
            } else {
                decide(report);
            }
        }
    }

    private void decide(LoadReport report) {
        long now = context.now();
        int spec = report.specReplicas();
        double value = config.metric() == ScalingMetric.UTILISATION ? report.utilisation() : report.queuePerReplica();
        double ratio = value / config.targetValue();
        int recommended = Math.abs(ratio - 1) <= config.tolerance()
                ? spec
                : (int) Math.min(Integer.MAX_VALUE, Math.ceil(report.readyReplicas() * ratio));
        recommended = Math.max(config.minReplicas(), Math.min(config.maxReplicas(), recommended));
        while (!window.isEmpty() && window.peekFirst().atNanos() <= now - cooldownNanos) {
            window.pollFirst();
        }
        window.addLast(new Recommendation(now, recommended));
        int next = spec;
        if (recommended > spec) {
            next = recommended;
            scaleUps.increment();
        } else if (report.pendingReplicas() == 0) {
            int stabilised = 0;
            for (Recommendation r : window) {
                stabilised = Math.max(stabilised, r.replicas());
            }
            if (stabilised < spec) {
                next = stabilised;
                scaleDowns.increment();
            }
        }
        desired.set(next);
        if (next != spec) {
            context.send(target, new ScaleTo(next, provisioningDelayNanos));
        }
    }

    @Override
    public void onCrash() {
        window.clear();
    }

    /** One decision's recommended count, kept for the stabilisation window. */
    private record Recommendation(long atNanos, int replicas) {
    }

    /** Time for the next scrape. */
    private record ScrapeDue() implements Message {
    }
}
