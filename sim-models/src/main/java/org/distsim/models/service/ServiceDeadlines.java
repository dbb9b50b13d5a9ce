package org.distsim.models.service;

import java.util.HashMap;
import java.util.Map;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.metrics.Counter;
import org.distsim.core.metrics.NodeMetrics;
import org.distsim.models.rpc.Request;

/**
 * What a service does with deadlines and cancels ({@code deadlines:}): the deadline it tells its
 * calls, whether a job is past its deadline, the jobs its callers may still cancel, and the {@code
 * expired}, {@code cancelled} and {@code wasted} figures. With {@code ignore} it registers nothing and
 * keeps nothing, so a service without deadlines reports and behaves exactly as before.
 */
final class ServiceDeadlines {

    private static final long NANOS_PER_MICRO = 1_000;

    private final ActorContext context;
    private final DeadlineMode mode;
    private final long marginNanos;
    /** Registered with enforce only. */
    private final Counter expired;
    private final Counter cancelled;
    /** Registered with observe or enforce. */
    private final Counter wasted;
    private final Counter wastedMicros;
    // Looked up by (caller, id) only, never iterated; holds only requests sent cancellable to an enforcing service.
    private final Map<CallerKey, Job> cancellable = new HashMap<>();

    ServiceDeadlines(ActorContext context, ServiceConfig config, NodeMetrics metrics) {
        this.context = context;
        this.mode = config.deadlines();
        this.marginNanos = config.deadlineMargin().toNanos();
        boolean enforce = mode == DeadlineMode.ENFORCE;
        this.expired = enforce ? metrics.counter(ServiceFigures.EXPIRED) : null;
        this.cancelled = enforce ? metrics.counter(ServiceFigures.CANCELLED) : null;
        boolean measure = mode != DeadlineMode.IGNORE;
        this.wasted = measure ? metrics.counter(ServiceFigures.WASTED) : null;
        this.wastedMicros = measure ? metrics.counter(ServiceFigures.WASTED_BUSY) : null;
    }

    boolean enforced() {
        return mode == DeadlineMode.ENFORCE;
    }

    /** Whether the service drops {@code request} now: it enforces deadlines and the one told has passed. */
    boolean expired(Request request) {
        return mode == DeadlineMode.ENFORCE && request.expiredAt(context.now());
    }

    /** Counts one request dropped for its deadline. */
    void countExpired() {
        expired.increment();
    }

    /**
     * The deadline the service tells its calls for {@code request}: with enforce, the one it was told
     * less the margin; otherwise none (it does not propagate).
     */
    long deadlineForCalls(Request request) {
        if (mode != DeadlineMode.ENFORCE || request.deadlineNanos() == Request.NO_DEADLINE) {
            return Request.NO_DEADLINE;
        }
        return request.deadlineNanos() - marginNanos;
    }

    /** Keeps a job its caller may cancel findable by the id its caller sent it under. */
    void admitted(Job job) {
        if (mode == DeadlineMode.ENFORCE && job.request.cancellable()) {
            cancellable.put(new CallerKey(job.caller, job.request.id()), job);
        }
    }

    /**
     * A cancel for request {@code id} from {@code caller}: the job, marked cancelled and counted, or
     * null when the service does not enforce deadlines or has already answered it.
     */
    Job cancel(ActorRef caller, long id) {
        if (mode != DeadlineMode.ENFORCE) {
            return null;
        }
        Job job = cancellable.remove(new CallerKey(caller, id));
        if (job != null) {
            job.cancelled = true;
            cancelled.increment();
        }
        return job;
    }

    /**
     * A started job is over (answered, or dropped once cancelled): counts its worker time as wasted
     * when it was cancelled or is answered at or after the time the first waiter on its path gave up.
     */
    void ended(Job job) {
        if (mode == DeadlineMode.IGNORE) {
            return;
        }
        dropped(job);
        long now = context.now();
        if (job.started && (job.cancelled || now >= job.request.giveUpNanos())) {
            wasted.increment();
            wastedMicros.add((now - job.startedAtNanos) / NANOS_PER_MICRO);
        }
    }

    /** A job dropped or answered: no longer cancellable. */
    void dropped(Job job) {
        if (mode == DeadlineMode.ENFORCE && job.request.cancellable() && !job.cancelled) {
            cancellable.remove(new CallerKey(job.caller, job.request.id()));
        }
    }

    /** The process crashed: the jobs are gone, and so is the table. */
    void clear() {
        cancellable.clear();
    }

    /** A request as its caller knows it: request ids are unique per sender only. */
    private record CallerKey(ActorRef caller, long id) {
    }
}
