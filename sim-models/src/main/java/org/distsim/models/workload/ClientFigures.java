package org.distsim.models.workload;

import java.util.List;
import java.util.stream.Stream;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;

/**
 * The figures of the client workloads ({@code open-loop}, {@code closed-loop}), besides the
 * built-in ones of every workload. Every figure about requests counts by the request's due time,
 * like the built-in outcomes: so {@code stale_reads <= versioned_reads <= reads} holds in the
 * summary and in every interval of the time series.
 */
public final class ClientFigures {

    public static final FigureSpec READS = FigureSpec.count("reads", Role.LOAD, "reads",
            "Read requests due after the warm-up.").byDueTime();
    public static final FigureSpec WRITES = FigureSpec.count("writes", Role.LOAD, "writes",
            "Write requests due after the warm-up.").byDueTime();
    public static final FigureSpec RETRIES = FigureSpec.count("retries", Role.RESILIENCE, "retries",
            "Retries the client sent (counted when sent).");
    public static final FigureSpec VERSIONED_READS = FigureSpec.count("versioned_reads", Role.LOAD, "versioned reads",
            "Successful reads whose answer carried a version, which the consistency checks compare.").byDueTime();
    public static final FigureSpec STALE_READS = FigureSpec.count("stale_reads", Role.CONSISTENCY, "stale reads",
            "Reads that returned a version older than a write already acknowledged to any client when the read"
            + " was due.").byDueTime();
    public static final FigureSpec RYW_VIOLATIONS = FigureSpec.count("ryw_violations", Role.CONSISTENCY,
            "read-your-writes violations", "Reads that returned a version older than the client's own write"
            + " acknowledged before the read was due.").byDueTime();
    public static final FigureSpec READ_P50 = latency("read_p50_ms", "read p50", "Median latency of successful reads.");
    public static final FigureSpec READ_P99 = latency("read_p99_ms", "read p99",
            "The 99th percentile of the latency of successful reads.");
    public static final FigureSpec WRITE_P50 = latency("write_p50_ms", "write p50",
            "Median latency of successful writes.");
    public static final FigureSpec WRITE_P99 = latency("write_p99_ms", "write p99",
            "The 99th percentile of the latency of successful writes.");
    public static final FigureSpec WAITING_USERS = FigureSpec.gauge("waiting_users", Unit.ONE, Role.BACKLOG,
            "waiting users", "Users with a request outstanding, time-weighted (throughput x mean response time,"
            + " by Little's law).");

    /** The figures of every client workload, in the order it registers them. */
    public static final List<FigureSpec> REQUESTS = List.of(READS, WRITES, RETRIES, VERSIONED_READS, STALE_READS,
            RYW_VIOLATIONS, READ_P50, READ_P99, WRITE_P50, WRITE_P99);

    /** The figures of an {@code open-loop} workload. */
    public static final List<FigureSpec> OPEN_LOOP = REQUESTS;

    /** The figures of a {@code closed-loop} workload. */
    public static final List<FigureSpec> CLOSED_LOOP = Stream.concat(REQUESTS.stream(), Stream.of(WAITING_USERS))
            .toList();

    private ClientFigures() {
    }

    private static FigureSpec latency(String name, String label, String doc) {
        return FigureSpec.duration(name, Unit.MILLISECONDS, Role.LATENCY, label, doc.replace(".",
                ", due after the warm-up, from when each was due.")).byDueTime();
    }
}
