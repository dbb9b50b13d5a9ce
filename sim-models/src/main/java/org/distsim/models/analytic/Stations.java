package org.distsim.models.analytic;

import java.util.List;
import java.util.Map;

/**
 * Which closed form describes a station of {@code c} identical workers sharing one FIFO queue
 * (bounded or not), offered a flow, with a service-time distribution: M/M/c, M/M/c/K, M/D/1 or
 * M/G/1, or none, and then why. The component that is such a station (a service, a database)
 * decides that it is one; this class decides which formula fits it.
 */
public final class Stations {

    private static final double NANOS_PER_SECOND = 1e9;

    private Stations() {
    }

    /**
     * The forecast of the station.
     *
     * @param offered        the requests it is offered
     * @param workers        {@code c}
     * @param queueCapacity  places to wait, or null for an unbounded queue
     * @param service        the service time of one request in nanoseconds, at the station's speed
     * @param assumptions    what the component adds to the model's own assumptions
     */
    public static NodeForecast forecast(Flow offered, int workers, Integer queueCapacity, ServiceTime service,
            List<String> assumptions) {
        double lambda = offered.rate();
        // lambda E[S] / c from the nanosecond mean: 700/s x 1 ms is 0.7, not 0.7000000000000001.
        double load = lambda * service.meanNanos() / (NANOS_PER_SECOND * workers);
        Double known = Double.isFinite(load) ? load : null;
        String whyNot = whyNot(offered, workers, queueCapacity, service, load);
        StationModel model = whyNot != null ? null : model(lambda, workers, queueCapacity, service);
        return new NodeForecast(offered, known, false, model, whyNot, assumptions, Map.of(), Map.of(), Map.of());
    }

    private static String whyNot(Flow offered, int workers, Integer queueCapacity, ServiceTime service, double load) {
        if (!offered.steady()) {
            return "the arrival rate changes over time (a schedule); closed forms need a steady rate";
        }
        if (!offered.poisson()) {
            return "arrivals are not a Poisson process (constant gaps, or shaped by an upstream node)";
        }
        if (offered.rate() <= 0) {
            return "no requests arrive";
        }
        if (!(service.meanNanos() > 0)) {
            return "a service time of zero is not a queue";
        }
        boolean exponential = service.exponential();
        if (queueCapacity != null) {
            if (!exponential) {
                return "a bounded queue with " + service.name() + " service times (M/G/c/K) has no closed form here";
            }
            long capacity = (long) workers + queueCapacity;
            if (!MMcK.computable(offered.rate(), NANOS_PER_SECOND / service.meanNanos(), workers, capacity)) {
                return "a queue of " + queueCapacity + " places this close to saturation is too long to sum";
            }
            return null;
        }
        if (!(load < 1)) {
            return "overloaded: the work offered is " + Texts.percent(load) + " of what the workers can do, so the queue"
                    + " grows without bound and has no steady state";
        }
        if (exponential) {
            return null;
        }
        if (workers > 1) {
            return "M/G/c with " + service.name() + " service times has no exact closed form (only approximations)";
        }
        if (!Double.isFinite(service.secondMomentNanos())) {
            return "the service time has no finite second moment, so the mean wait is unbounded";
        }
        return null;
    }

    private static StationModel model(double lambda, int workers, Integer queueCapacity, ServiceTime service) {
        double mean = service.meanNanos() / NANOS_PER_SECOND;
        if (queueCapacity != null) {
            return new MMcK(lambda, 1 / mean, workers, (long) workers + queueCapacity);
        }
        if (service.exponential()) {
            return new MMc(lambda, 1 / mean, workers);
        }
        // A constant's E[S^2] is E[S]^2 exactly; dividing the nanosecond moment could round it below.
        double second = service.constant() ? mean * mean
                : service.secondMomentNanos() / (NANOS_PER_SECOND * NANOS_PER_SECOND);
        return new MG1(lambda, mean, second);
    }
}
