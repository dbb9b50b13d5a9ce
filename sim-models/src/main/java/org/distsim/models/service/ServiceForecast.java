package org.distsim.models.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.models.analytic.Flow;
import org.distsim.models.analytic.NodeForecast;
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
 * targets by weight.
 */
final class ServiceForecast {

    private ServiceForecast() {
    }

    static NodeForecast of(ServiceConfig config, Flow offered) {
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
        boolean conditional = false;
        for (DependencyCall call : config.calls()) {
            // A call drawn with probability p, and a route's target drawn by weight, each take an
            // independent random share of the requests: the expected number of calls.
            Flow sent = (call.origins().isEmpty() ? offered : offered.only(call.origins())).reshaped()
                    .share(call.probability(), true);
            conditional |= call.on() != null;
            double total = call.route().stream().mapToDouble(RouteChoice::weight).sum();
            List<String> targets = call.targets();
            for (int i = 0; i < targets.size(); i++) {
                Flow part = call.route().isEmpty() ? sent : sent.share(call.route().get(i).weight() / total, true);
                if (part.rate() > 0) {
                    calls.merge(targets.get(i), part, Flow::merge);
                }
            }
        }
        if (conditional) {
            assumptions.add("a call made on another call's outcome (on:) is counted as if that outcome always"
                    + " happened: an upper bound");
        }
        return new NodeForecast(offered, station.load(), true, null, "each worker also waits for its calls to"
                + " answer, so its busy time is not its service time", assumptions, Map.of(), calls, Map.of());
    }
}
