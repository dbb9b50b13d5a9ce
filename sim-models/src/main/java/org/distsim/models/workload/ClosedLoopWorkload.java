package org.distsim.models.workload;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.inject.LoadFactor;
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
 *
 * <p>A load spike ({@link LoadFactor}) changes the population to {@code round(users × factor)}:
 * new users join at once and start with a think, like the first ones; when the population
 * shrinks, users leave at their next step (before they send, or when their request has an
 * outcome), so no request in flight is abandoned.
 */
public final class ClosedLoopWorkload implements Actor {

    private final ActorContext context;
    private final ClosedLoopConfig config;
    private final ContinuousSampler thinkTime;
    private final ClientRequests requests;
    /** Users with a request outstanding (sent, or backing off before a retry); the rest think. */
    private final TimeWeightedGauge waiting;
    private ActorRef target;
    /** The users there should be now: {@code users}, or as a load spike set it. */
    private int population;
    /** Users that will leave at their next step, because a load spike ended or shrank. */
    private int leaving;

    public ClosedLoopWorkload(ActorContext context, ClosedLoopConfig config) {
        this.context = context;
        this.config = config;
        this.thinkTime = config.thinkTime().sampler(context.random("think-time"));
        this.requests = new ClientRequests(context, config.clientKnobs());
        this.waiting = context.workloadMetrics().gauge(ClientFigures.WAITING_USERS);
        this.population = config.users();
    }

    @Override
    public void onStart() {
        target = context.lookup(config.target());
        startUsers();
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (message instanceof ThinkOver) {
            if (leaves()) {
                return;
            }
            waiting.add(1);
            requests.start(target, ok -> {
                waiting.add(-1);
                if (!leaves()) {
                    think();
                }
            });
        } else if (message instanceof LoadFactor load) {
            resize((int) Math.min(Integer.MAX_VALUE, Math.round(config.users() * load.factor())));
        } else {
            requests.handle(message);
        }
    }

    @Override
    public void onCrash() {
        requests.clear();
        waiting.set(0);
        leaving = 0;
    }

    @Override
    public void onRestart() {
        startUsers();
    }

    private void startUsers() {
        for (int user = 0; user < population; user++) {
            think();
        }
    }

    /** A new population: users join now, or leave at their next step (those already leaving count first). */
    private void resize(int target) {
        int staying = population;
        int comeBack = Math.min(leaving, Math.max(0, target - staying));
        leaving -= comeBack;
        staying += comeBack;
        for (int user = staying; user < target; user++) {
            think();
        }
        if (target < staying) {
            leaving += staying - target;
        }
        population = target;
    }

    /** True when the user at this step leaves (consumes one departure). */
    private boolean leaves() {
        if (leaving > 0) {
            leaving--;
            return true;
        }
        return false;
    }

    private void think() {
        context.setTimer(context.drawnNanos(thinkTime.sample()), ThinkOver.INSTANCE);
    }

    /** A user finished thinking and sends its next request. */
    private enum ThinkOver implements Message {
        INSTANCE
    }
}
