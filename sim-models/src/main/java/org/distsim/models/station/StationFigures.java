package org.distsim.models.station;

import java.util.List;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;

/**
 * The figures of a station of workers in front of a queue, which every component that has one
 * records: the time-weighted levels ({@code utilisation}, {@code queue}) and, per request, whether
 * and how long it waited for a worker.
 */
public final class StationFigures {

    public static final FigureSpec UTILISATION = FigureSpec.gauge("utilisation", Unit.FRACTION, Role.LOAD,
            "utilisation", "Busy workers / workers, time-weighted: the station's load, rho for one server.")
            .asHeadline();
    public static final FigureSpec QUEUE = FigureSpec.gauge("queue", Unit.ONE, Role.BACKLOG, "queue",
            "Requests waiting for a worker, time-weighted (L_q of queueing theory).").asHeadline();

    public static final FigureSpec WAITED = FigureSpec.count("waited", Role.BACKLOG, "waited",
            "Requests that found every worker busy and queued before a worker took them.");
    public static final FigureSpec WAITED_RATIO = FigureSpec.ratio("waited_ratio", Role.BACKLOG, "waited share",
            "Share of the requests started after the warm-up that had queued first (Erlang C under M/M/c).");
    public static final FigureSpec WAIT_MEAN = wait("wait_mean_ms", "wait, mean",
            "Mean time from arrival to a worker taking the request, zero waits included (W_q of queueing theory).");
    public static final FigureSpec WAIT_P50 = wait("wait_p50_ms", "wait, p50", "The median of that time.");
    public static final FigureSpec WAIT_P95 = wait("wait_p95_ms", "wait, p95", "The 95th percentile of that time.");
    public static final FigureSpec WAIT_P99 = wait("wait_p99_ms", "wait, p99", "The 99th percentile of that time.");

    /** Every figure of a station, in the order it registers them. */
    public static final List<FigureSpec> ALL = List.of(UTILISATION, QUEUE, WAITED, WAITED_RATIO, WAIT_MEAN, WAIT_P50,
            WAIT_P95, WAIT_P99);

    private StationFigures() {
    }

    private static FigureSpec wait(String name, String label, String doc) {
        return FigureSpec.duration(name, Unit.MILLISECONDS, Role.LATENCY, label, doc);
    }
}
