package org.distsim.models.workload;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.metrics.TimeWeightedGauge;

/**
 * A closed population of {@code N} users, each cycling through think → request → wait for the
 * outcome (after any retries) → think. Users start by thinking, so their first requests are spread
 * out. Throughput follows the system: the interactive response-time law {@code X = N / (R + Z)}
 * holds exactly (Little's law over the whole cycle), and with exponential think time in front of
 * one exponential server this is the finite-source (machine-repairman) queue M/M/1//N.
 *
 * <p>Figures: besides those of {@link ClientRequests}, {@code waiting_users}, the time-weighted
 * number of users with a request outstanding (by Little's law, throughput × mean response time).
 *
 * <p>Latency runs from when a user sent its request. A crash forgets every user's request in
 * progress; on restart every user starts over with a think.
 */
public final class ClosedLoopWorkload implements Actor {

    private final ActorContext context;
    private final ClosedLoopConfig config;
    private final ContinuousSampler thinkTime;
    private final ClientRequests requests;
    /** Users with a request outstanding (sent, or backing off before a retry); the rest think. */
    private final TimeWeightedGauge waiting;
    private ActorRef target;

    public ClosedLoopWorkload(ActorContext context, ClosedLoopConfig config) {
        this.context = context;
        this.config = config;
        this.thinkTime = config.thinkTime().sampler(context.random("think-time"));
        this.requests = new ClientRequests(context, config.clientKnobs(), true);
        this.waiting = context.workloadMetrics().gauge("waiting_users");
    }

    @Override
    public void onStart() {
        target = context.lookup(config.target());
        startUsers();
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (message instanceof ThinkOver) {
            waiting.add(1);
            requests.start(target, ok -> {
                waiting.add(-1);
                think();
            });
        } else {
            requests.handle(message);
        }
    }

    @Override
    public void onCrash() {
        requests.clear();
        waiting.set(0);
    }

    @Override
    public void onRestart() {
        startUsers();
    }

    private void startUsers() {
        for (int user = 0; user < config.users(); user++) {
            think();
        }
    }

    private void think() {
        context.setTimer(Math.max(0, Math.round(thinkTime.sample())), ThinkOver.INSTANCE);
    }

    /** A user finished thinking and sends its next request. */
    private enum ThinkOver implements Message {
        INSTANCE
    }
}
