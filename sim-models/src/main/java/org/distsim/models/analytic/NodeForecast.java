package org.distsim.models.analytic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a component says about itself given the requests offered to it: how busy it is, the
 * closed-form model of its queue where one applies (or why none does), other theory values, and
 * the requests it sends on to other nodes.
 *
 * @param offered    the requests offered to it
 * @param load       the work offered per worker, {@code rho = lambda E[S] / c}: its utilisation if it
 *                   keeps up, above 1 when it cannot; null when it cannot be known statically
 * @param loadFloor  true when {@code load} is only a lower bound (workers also wait for calls)
 * @param station           its closed-form queueing model; null when none applies
 * @param noClosedForm      why no closed form applies, in words; null when {@code station} is set
 * @param assumptions       what the numbers assume beyond the station model's own assumptions
 * @param figures           other theory values by name ({@code hit_ratio}), in a stable order
 * @param outflows          the requests it sends on, by target node, in declaration order
 * @param unknownOutflows   the targets it sends requests to that cannot be counted, with the reason
 */
public record NodeForecast(
        Flow offered,
        Double load,
        boolean loadFloor,
        StationModel station,
        String noClosedForm,
        List<String> assumptions,
        Map<String, Double> figures,
        Map<String, Flow> outflows,
        Map<String, String> unknownOutflows) {

    /** The theory figure of a cache's forecast hit ratio, in [0, 1], which other nodes' forecasts may ask for. */
    public static final String HIT_RATIO = "hit_ratio";

    public NodeForecast {
        Objects.requireNonNull(offered, "offered");
        if ((station == null) == (noClosedForm == null)) {
            throw new IllegalArgumentException("give either a station model or the reason there is none");
        }
        if (load != null && !(load >= 0)) {
            throw new IllegalArgumentException("load must be >= 0, got " + load);
        }
        assumptions = List.copyOf(assumptions);
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        outflows = Collections.unmodifiableMap(new LinkedHashMap<>(outflows));
        unknownOutflows = Collections.unmodifiableMap(new LinkedHashMap<>(unknownOutflows));
    }

    /** This forecast with {@code more} assumptions, other flows sent on, and other figures. */
    public NodeForecast with(List<String> more, Map<String, Flow> sent, Map<String, String> uncounted,
            Map<String, Double> theory) {
        List<String> all = new java.util.ArrayList<>(assumptions);
        all.addAll(more);
        return new NodeForecast(offered, load, loadFloor, station, noClosedForm, all, theory, sent, uncounted);
    }

    /**
     * The long-run busy fraction of its workers, in [0, 1]: the station model's (which accounts for
     * rejected requests), else the load capped at 1 (an overloaded station is always busy); null
     * when the load is unknown.
     */
    public Double utilisation() {
        if (station != null) {
            return station.utilisation();
        }
        return load == null ? null : Math.min(1, load);
    }

    /** True when the work offered exceeds what the workers can do: the queue grows without bound. */
    public boolean overloaded() {
        return load != null && load >= 1 && station == null;
    }
}
