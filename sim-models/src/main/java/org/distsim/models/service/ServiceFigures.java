package org.distsim.models.service;

import java.util.List;
import java.util.stream.Stream;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;
import org.distsim.models.station.StationFigures;

/**
 * The figures of a {@code service} node: its station's {@code utilisation} and {@code queue}, what
 * it served, and per dependency ({@code <figure>.<target>}) what its calls did.
 */
public final class ServiceFigures {

    public static final FigureSpec SERVED = FigureSpec.count("served", Role.LOAD, "served",
            "Requests answered successfully.").asHeadline();
    public static final FigureSpec REJECTED = FigureSpec.count("rejected", Role.ERRORS, "rejected",
            "Requests refused because the queue was full.");
    public static final FigureSpec FAILED = FigureSpec.count("failed", Role.ERRORS, "failed",
            "Requests answered with a failure because a dependency call failed.");
    public static final FigureSpec FAILED_BUSY = FigureSpec.count("failed_busy_us", Role.ERRORS, "busy on failures",
            "Worker time spent on requests that failed, in microseconds: capacity a slow dependency wasted.")
            .in(Unit.MICROSECONDS);
    public static final FigureSpec ERRORED = FigureSpec.count("errored", Role.ERRORS, "errored",
            "Requests the service's own handler failed with reason error (error-rate); registered only with an"
            + " error rate.");
    public static final FigureSpec DEGRADED = FigureSpec.count("degraded", Role.RESILIENCE, "degraded",
            "Requests answered ok with at least one call answered by its fallback; also in served. Registered only"
            + " when a call has a fallback.");
    public static final FigureSpec EXPIRED = FigureSpec.count("expired", Role.EFFICIENCY, "expired",
            "Requests dropped because the deadline they carried had passed before a worker started them (or before"
            + " they made their calls), answered deadline-exceeded; registered only with deadlines: enforce.");
    public static final FigureSpec CANCELLED = FigureSpec.count("cancelled", Role.EFFICIENCY, "cancelled",
            "Requests their caller cancelled before they were answered (dropped from the queue, or stopped once their"
            + " own service time ended or while they waited for calls); registered only with deadlines: enforce.");
    public static final FigureSpec WASTED = FigureSpec.count("wasted", Role.EFFICIENCY, "wasted",
            "Requests a worker served for a caller that had already given up: answered after the first waiter on"
            + " the request's path stopped waiting, or cancelled once started. Registered with deadlines: observe"
            + " or enforce.");
    public static final FigureSpec WASTED_BUSY = FigureSpec.count("wasted_us", Role.EFFICIENCY, "busy on wasted",
            "Worker time spent on the wasted requests, in microseconds: capacity spent for nobody. Registered with"
            + " deadlines: observe or enforce.").in(Unit.MICROSECONDS);
    public static final FigureSpec COMPENSATIONS = FigureSpec.count("compensations", Role.RESILIENCE, "compensations",
            "Compensating calls made for failed requests (a saga's undo steps), one per step undone, retries not"
            + " counted; registered only when a call has compensate:.");
    public static final FigureSpec COMPENSATION_FAILURES = FigureSpec.count("compensation_failures", Role.ERRORS,
            "compensation failures", "Compensating calls that failed after all their retries: a step left done;"
            + " registered only when a call has compensate:.");
    public static final FigureSpec INCONSISTENT = FigureSpec.count("inconsistent", Role.CONSISTENCY, "inconsistent",
            "Failed requests left with at least one step neither undone nor known not to have happened (a"
            + " compensation failed); registered only when a call has compensate:.");
    public static final FigureSpec CALLS = dependency("calls", Role.LOAD, "calls",
            "Calls sent to the dependency, retries and hedges included.");
    public static final FigureSpec RETRIES = dependency("retries", Role.RESILIENCE, "retries",
            "Retries of calls to the dependency.");
    public static final FigureSpec HEDGES = dependency("hedges", Role.RESILIENCE, "hedges",
            "Hedged (duplicate) calls sent after hedge-after with no answer.");
    public static final FigureSpec FAILURES = dependency("failures", Role.ERRORS, "failures",
            "Calls to the dependency that failed for good, after retries.");
    public static final FigureSpec OFFERED = dependency("offered", Role.LOAD, "offered",
            "Attempts (first tries, retries and hedges) of the calls to the dependency that ended, counted when each"
            + " call ended: the load the calls offered it, beside what they got (succeeded).");
    public static final FigureSpec SUCCEEDED = dependency("succeeded", Role.LOAD, "succeeded",
            "Calls to the dependency that succeeded, each counted once when it ended, however many attempts or hedges"
            + " it took: the goodput of the calls.");
    public static final FigureSpec RETRY_AMPLIFICATION = FigureSpec.quotientOf("retry_amplification", OFFERED,
            SUCCEEDED, Role.RESILIENCE, "retry amplification", "Attempts offered to the dependency per call that"
            + " succeeded (offered / succeeded, both counted as calls end, so never below 1): 1 when every call"
            + " succeeds at its first attempt, far above 1 in a retry storm; undefined while no call succeeds.")
            .asHeadline();
    public static final FigureSpec RETRIES_REFUSED = dependency("retries_refused", Role.RESILIENCE, "retries refused",
            "Retries the retry budget refused.");
    public static final FigureSpec BREAKER_REJECTED = dependency("breaker_rejected", Role.RESILIENCE,
            "breaker rejected", "Calls failed at once because the circuit breaker was open.");
    public static final FigureSpec BULKHEAD_REJECTED = dependency("bulkhead_rejected", Role.RESILIENCE,
            "bulkhead rejected", "Calls failed at once because the bulkhead was full.");
    public static final FigureSpec BREAKER_OPENED = dependency("breaker_opened", Role.RESILIENCE, "breaker opened",
            "Times the circuit breaker opened.");
    public static final FigureSpec BREAKER_HALF_OPENED = dependency("breaker_half_opened", Role.RESILIENCE,
            "breaker half-opened", "Times the circuit breaker let trial calls through.");
    public static final FigureSpec BREAKER_CLOSED = dependency("breaker_closed", Role.RESILIENCE, "breaker closed",
            "Times the circuit breaker closed again after successful trials.");
    public static final FigureSpec CALL_ERRORS = dependency("call_errors", Role.ERRORS, "call errors",
            "Successful answers of the dependency that the call edge turned into errors (the call's error-rate);"
            + " registered only with an edge error rate.");
    public static final FigureSpec FALLBACKS = dependency("fallbacks", Role.RESILIENCE, "fallbacks",
            "Calls that failed for good and were answered by their fallback; registered only with fallback: true.");
    public static final FigureSpec REPLICAS = FigureSpec.gauge("replicas", Unit.ONE, Role.CAPACITY, "replicas",
            "Replicas alive (provisioning, ready or draining), time-weighted: its mean times the run is the"
            + " replica-seconds paid for.").asHeadline();
    public static final FigureSpec READY_REPLICAS = FigureSpec.gauge("ready_replicas", Unit.ONE, Role.CAPACITY,
            "ready replicas", "Replicas taking requests, time-weighted.");

    /** The figures of one dependency, in the order they are registered. */
    public static final List<FigureSpec> DEPENDENCY = List.of(CALLS, RETRIES, HEDGES, FAILURES, OFFERED, SUCCEEDED,
            RETRY_AMPLIFICATION, RETRIES_REFUSED,
            BREAKER_REJECTED, BULKHEAD_REJECTED, BREAKER_OPENED, BREAKER_HALF_OPENED, BREAKER_CLOSED, CALL_ERRORS, FALLBACKS);

    /** Every figure of the type, in the order the service registers them. */
    public static final List<FigureSpec> ALL = Stream.of(StationFigures.ALL, List.of(SERVED, REJECTED, FAILED,
            FAILED_BUSY, ERRORED, DEGRADED, EXPIRED, CANCELLED, WASTED, WASTED_BUSY, COMPENSATIONS,
            COMPENSATION_FAILURES, INCONSISTENT), DEPENDENCY, List.of(REPLICAS, READY_REPLICAS)).flatMap(List::stream).toList();

    private ServiceFigures() {
    }

    private static FigureSpec dependency(String name, Role role, String label, String doc) {
        return FigureSpec.count(name, role, label, doc).per(FigureSpec.Per.TARGET);
    }
}
