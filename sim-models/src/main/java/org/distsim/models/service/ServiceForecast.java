package org.distsim.models.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.models.analytic.Flow;
import org.distsim.models.analytic.NodeForecast;
import org.distsim.models.analytic.Peers;
import org.distsim.models.analytic.ServiceTime;
import org.distsim.models.analytic.Stations;
import org.distsim.models.analytic.Texts;

/**
 * What a service is to the static forecast. Without dependencies each replica is a plain station
 * of {@code workers} sharing one FIFO queue (bounded or not), so {@link Stations} picks its closed
 * form. Replicas behind random balancing each see a random share of Poisson arrivals, which is
 * Poisson; round robin and least-loaded shape the gaps, and no closed form applies to a replica. A
 * service with dependencies keeps its worker while the calls are answered, so its busy time is
 * not its service time: only a lower bound of its load is known, and each call target receives
 * the requests the call is made for: its probability's share of them, divided among a route's
 * targets by weight. A call made on a hit or a miss of caches whose hit ratio the forecast
 * estimates is made for that share of the requests that make the call it waits for; one made on
 * another outcome (success, failure, timeout), whose probability the forecast does not know, is
 * counted as if the outcome always happened, an upper bound it says among its assumptions.
 */
final class ServiceForecast {

    private ServiceForecast() {
    }

    static NodeForecast of(ServiceConfig config, Flow offered, Peers peers) {
        ServiceTime service = ServiceTime.of(config.serviceTime().scaled(1 / config.speed()));
        int replicas = config.replicas();
        boolean randomSplit = config.replicaBalancing() == ReplicaBalancing.RANDOM;
        Flow perReplica = replicas == 1 ? offered : offered.share(1.0 / replicas, randomSplit);
        List<String> assumptions = new ArrayList<>();
        if (replicas > 1) {
            assumptions.add(replicas + " replicas (none added or removed), each offered 1/" + replicas + " of the requests"
                    + (randomSplit ? " at random" : ""));
        }
        if (config.speed() != 1) {
            assumptions.add("service times divided by the speed, " + Texts.number(config.speed()));
        }
        NodeForecast station = Stations.forecast(perReplica, config.workers(), config.queueCapacity(), service, List.of());
        if (replicas > 1 && !randomSplit && station.station() != null) {
            station = new NodeForecast(perReplica, station.load(), false, null, "replicas balanced "
                    + config.replicaBalancing().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + " do not each see Poisson arrivals", List.of(), Map.of(), Map.of(), Map.of());
        }
        if (config.calls().isEmpty()) {
            return new NodeForecast(offered, station.load(), false, station.station(), station.noClosedForm(),
                    assumptions, Map.of(), Map.of(), Map.of());
        }
        assumptions.add("every call is made once per request: failures, retries and hedges are not counted");
        Map<String, Flow> calls = new LinkedHashMap<>();
        List<DependencyCall> list = config.calls();
        List<String> names = list.stream().map(DependencyCall::callName).toList();
        // By call: the fraction of the requests it applies to that make it, its own probability
        // times, for a call made on an outcome, the fraction that make the call it waits for and
        // get that outcome from it.
        double[] made = new double[list.size()];
        boolean upperBound = false;
        for (int c = 0; c < list.size(); c++) {
            DependencyCall call = list.get(c);
            double share = call.probability();
            CallCondition on = call.on();
            if (on != null) {
                // The loader has checked that on: names exactly one earlier call.
                int waited = names.subList(0, c).indexOf(on.call());
                Double outcome = outcomeShare(list.get(waited), on.outcome(), peers);
                if (outcome == null) {
                    upperBound = true;
                    outcome = 1.0;
                } else {
                    assumptions.add("the call to " + String.join(", ", call.targets()) + " is made " + on.describe()
                            + " for " + Texts.percent(outcome) + " of the requests that make that call, the"
                            + " forecast " + (on.outcome() == CallResult.HIT ? "hit" : "miss") + " ratio");
                }
                share *= made[waited] * outcome;
            }
            made[c] = share;
            // A call drawn with probability p, and a route's target drawn by weight, each take an
            // independent random share of the requests: the expected number of calls.
            Flow sent = (call.origins().isEmpty() ? offered : offered.only(call.origins())).reshaped()
                    .share(share, true);
            double total = call.route().stream().mapToDouble(RouteChoice::weight).sum();
            List<String> targets = call.targets();
            for (int i = 0; i < targets.size(); i++) {
                Flow part = call.route().isEmpty() ? sent : sent.share(call.route().get(i).weight() / total, true);
                if (part.rate() > 0) {
                    calls.merge(targets.get(i), part, Flow::merge);
                }
            }
        }
        if (upperBound) {
            assumptions.add("a call made on another call's outcome (on:) whose probability the forecast does not know"
                    + " (a success, failure or timeout; a hit or miss of a cache without a forecast hit ratio) is"
                    + " counted as if that outcome always happened: an upper bound");
        }
        return new NodeForecast(offered, station.load(), true, null, "each worker also waits for its calls to"
                + " answer, so its busy time is not its service time", assumptions, Map.of(), calls, Map.of());
    }

    /**
     * The fraction of the requests that make {@code waited} for which it ends with {@code outcome},
     * where the forecast knows it: a hit or a miss of caches whose hit ratios it estimates (a route
     * weighs each target's by its share); null otherwise.
     */
    private static Double outcomeShare(DependencyCall waited, CallResult outcome, Peers peers) {
        if (outcome != CallResult.HIT && outcome != CallResult.MISS) {
            return null;
        }
        List<String> targets = waited.targets();
        double total = waited.route().stream().mapToDouble(RouteChoice::weight).sum();
        double hits = 0;
        for (int i = 0; i < targets.size(); i++) {
            Double ratio = peers.hitRatio(targets.get(i));
            if (ratio == null) {
                return null;
            }
            hits += waited.route().isEmpty() ? ratio : ratio * waited.route().get(i).weight() / total;
        }
        return outcome == CallResult.HIT ? hits : 1 - hits;
    }
}
