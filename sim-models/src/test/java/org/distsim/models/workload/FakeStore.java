package org.distsim.models.workload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.models.rpc.FailureReason;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;

/**
 * A test double that answers at once and remembers every request it saw. Its behaviour is chosen
 * per test: answer everything, ignore or reject the first attempt of each request (to force a
 * retry), or keep versions and answer reads from a copy that lags the writes.
 */
final class FakeStore implements Actor {

    enum Mode {
        /** Answer every request ok, without versions. */
        OK,
        /** Never answer the first attempt of a request (it times out); answer the next ones. */
        DROP_FIRST,
        /** Reject the first attempt of a request; answer the next ones. */
        REJECT_FIRST,
        /** Fail every attempt with "error". */
        ALWAYS_FAIL,
        /** Versioned: a write creates the next version; a read returns the newest version. */
        LINEARIZABLE,
        /** Versioned: a read returns the version that was newest {@link #LAG_NANOS} ago. */
        LAGGING,
        /** Versioned like {@link #LINEARIZABLE}, but every answer leaves {@link #SLOW_NANOS} after the request came. */
        SLOW
    }

    static final long LAG_NANOS = 50_000_000;
    static final long SLOW_NANOS = 300_000_000;

    final List<Request> seen = new ArrayList<>();
    private final ActorContext context;
    private final Mode mode;
    private final Set<Long> attempted = new HashSet<>();
    // Per key, the write times and versions in order.
    private final Map<Long, List<long[]>> history = new HashMap<>();

    FakeStore(ActorContext context, Mode mode) {
        this.context = context;
        this.mode = mode;
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (message instanceof Answer answer) {
            context.send(answer.to(), answer.response());
            return;
        }
        Request request = (Request) message;
        seen.add(request);
        // The intended time and origin identify a client request across its attempts.
        long identity = request.intendedAtNanos() * 31 + request.origin().index();
        boolean first = attempted.add(identity);
        switch (mode) {
            case OK -> context.send(from, Response.ok(request.id()));
            case DROP_FIRST -> {
                if (!first) {
                    context.send(from, Response.ok(request.id()));
                }
            }
            case REJECT_FIRST -> context.send(from, first ? Response.failed(request.id(), FailureReason.REJECTED) : Response.ok(request.id()));
            case ALWAYS_FAIL -> context.send(from, Response.failed(request.id(), FailureReason.ERROR));
            case LINEARIZABLE, LAGGING -> context.send(from, Response.ok(request.id(), versioned(request)));
            case SLOW -> context.setTimer(SLOW_NANOS, new Answer(from, Response.ok(request.id(), versioned(request))));
            default -> throw new AssertionError(mode);
        }
    }

    private long versioned(Request request) {
        List<long[]> writes = history.computeIfAbsent(request.key(), k -> new ArrayList<>());
        if (request.isWrite()) {
            long version = writes.size();
            writes.add(new long[] {context.now(), version});
            return version;
        }
        long visibleUntil = mode == Mode.LAGGING ? context.now() - LAG_NANOS : context.now();
        long version = Response.NO_VERSION;
        for (long[] write : writes) {
            if (write[0] <= visibleUntil) {
                version = write[1];
            }
        }
        return version == Response.NO_VERSION ? 0 : version;
    }

    /** An answer held back until its timer fires. */
    private record Answer(ActorRef to, Response response) implements Message {
    }
}
