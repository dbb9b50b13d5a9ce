package org.distsim.models.service;

import static org.distsim.models.service.OneService.MILLI;
import static org.distsim.models.service.OneService.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.random.Constant;
import org.distsim.models.resilience.BackoffConfig;
import org.distsim.models.resilience.Jitter;
import org.distsim.models.rpc.FailureReason;
import org.distsim.models.rpc.Operation;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;
import org.junit.jupiter.api.Test;

/**
 * One request's calls to scripted dependencies, step by step: each dependency answers its n-th
 * request as its script says (after a delay, ok or with a reason, or never), so every outcome and
 * the moment it is decided are known exactly.
 */
class DependencyCallsTest {

    private final OneService node = new OneService(10 * SECOND);
    private final List<String> outcomes = new ArrayList<>();
    private DependencyCalls calls;

    /** How a dependency answers one request. */
    private record Answer(long afterNanos, FailureReason reason) {
        static Answer ok(long afterNanos) {
            return new Answer(afterNanos, null);
        }

        static Answer failed(long afterNanos, FailureReason reason) {
            return new Answer(afterNanos, reason);
        }

        static Answer never() {
            return new Answer(-1, null);
        }
    }

    /** A dependency that answers its requests in the order of its script. */
    private static final class Scripted implements Actor {
        private final ActorContext context;
        private final Deque<Answer> script;

        Scripted(ActorContext context, List<Answer> script) {
            this.context = context;
            this.script = new ArrayDeque<>(script);
        }

        @Override
        public void onMessage(ActorRef from, Message message) {
            if (message instanceof Request request) {
                Answer answer = script.removeFirst();
                if (answer.afterNanos() >= 0) {
                    Response response = answer.reason() == null ? Response.ok(request.id())
                            : Response.failed(request.id(), answer.reason());
                    context.setTimer(answer.afterNanos(), new Reply(from, response));
                }
            } else if (message instanceof Reply reply) {
                context.send(reply.to(), reply.response());
            }
        }

        private record Reply(ActorRef to, Response response) implements Message {
        }
    }

    private void dependency(String name, Answer... script) {
        node.simulation.spawn(name, "scripted", context -> new Scripted(context, List.of(script)));
    }

    private static DependencyCall call(String target, int retries, BackoffConfig backoff, RetryBudgetConfig budget,
            Integer bulkhead, Duration hedgeAfter) {
        return new DependencyCall(target, Duration.ofMillis(50), retries, backoff, budget, null, bulkhead, hedgeAfter,
                List.of(), 0, false);
    }

    private static DependencyCall call(String target) {
        return call(target, 0, null, null, null, null);
    }

    private void service(CallMode mode, DependencyCall... dependencies) {
        ServiceConfig config = new ServiceConfig(1, null, new Constant(0), 1, List.of(dependencies), mode, WaitFor.ALL,
                null);
        calls = new DependencyCalls(node.context, config, node.context.nodeMetrics());
        node.handler = (from, message) -> calls.handle(message);
        node.onCrash = calls::clear;
        node.simulation.at(0, calls::onStart);
    }

    /** At {@code atNanos}, a request's calls begin; its outcome is recorded with the time it was decided. */
    private void begin(long atNanos) {
        node.simulation.at(atNanos, () -> calls.begin(new Request(atNanos, atNanos, Operation.READ, 0, "", null),
                Request.NO_DEADLINE, false, (ok, degraded, reason) -> outcomes.add((node.context.now() / MILLI) + "ms "
                        + (ok ? (degraded ? "degraded" : "ok") : reason))));
    }

    private static long count(Map<String, Number> figures, String name) {
        return figures.get(name).longValue();
    }

    @Test
    void aFailedAttempt_isRetriedAfterTheBackoff_andTheRetryCanSucceed() {
        dependency("db", Answer.failed(2 * MILLI, FailureReason.ERROR), Answer.ok(3 * MILLI));
        BackoffConfig tenMillis = new BackoffConfig(Duration.ofMillis(10), Duration.ofMillis(10), Jitter.NONE);
        service(CallMode.SEQUENTIAL, call("db", 2, tenMillis, null, null, null));
        begin(0);

        Map<String, Number> figures = node.run();

        assertEquals(List.of("15ms ok"), outcomes, "answered at 2 ms, retried at 12 ms, answered at 15 ms");
        assertEquals(2, count(figures, "calls.db"));
        assertEquals(1, count(figures, "retries.db"));
        assertEquals(0, count(figures, "failures.db"));
    }

    @Test
    void aTimedOutCall_failsWithTheTargetInItsReason() {
        dependency("db", Answer.never());
        service(CallMode.SEQUENTIAL, call("db"));
        begin(0);

        Map<String, Number> figures = node.run();

        assertEquals(List.of("50ms dependency-timeout: db"), outcomes);
        assertEquals(1, count(figures, "failures.db"));
    }

    @Test
    void sequentialCalls_stopAtTheFirstFailure_withTheDependencysOwnReason() {
        dependency("db", Answer.failed(1 * MILLI, FailureReason.REJECTED));
        dependency("cache", Answer.ok(1 * MILLI));
        service(CallMode.SEQUENTIAL, call("db"), call("cache"));
        begin(0);

        Map<String, Number> figures = node.run();

        assertEquals(List.of("1ms rejected"), outcomes);
        assertEquals(0, count(figures, "calls.cache"), "the second call is never made");
    }

    @Test
    void aFullBulkhead_failsTheCallAtOnce_andTheRefusalIsNotRetried() {
        dependency("db", Answer.ok(20 * MILLI), Answer.ok(1 * MILLI));
        service(CallMode.SEQUENTIAL, call("db", 3, null, null, 1, null));
        begin(0);
        begin(5 * MILLI);

        Map<String, Number> figures = node.run();

        assertEquals(List.of("5ms bulkhead-full", "20ms ok"), outcomes);
        assertEquals(1, count(figures, "bulkhead_rejected.db"));
        assertEquals(0, count(figures, "retries.db"));
        assertEquals(1, count(figures, "calls.db"));
    }

    @Test
    void aRetryOverTheBudget_isNotMade_andTheCallFailsWithTheAttemptsReason() {
        dependency("db", Answer.failed(1 * MILLI, FailureReason.ERROR));
        service(CallMode.SEQUENTIAL, call("db", 3, null, new RetryBudgetConfig(0, 0, Duration.ofSeconds(1)), null, null));
        begin(0);

        Map<String, Number> figures = node.run();

        assertEquals(List.of("1ms error"), outcomes);
        assertEquals(1, count(figures, "retries_refused.db"));
        assertEquals(0, count(figures, "retries.db"));
    }

    @Test
    void aHedge_isSentWhenTheFirstAttemptIsLate_andTheFirstAnswerWins() {
        dependency("db", Answer.ok(40 * MILLI), Answer.ok(2 * MILLI));
        service(CallMode.SEQUENTIAL, call("db", 0, null, null, null, Duration.ofMillis(10)));
        begin(0);

        Map<String, Number> figures = node.run();

        assertEquals(List.of("12ms ok"), outcomes, "the late first answer at 40 ms is ignored");
        assertEquals(1, count(figures, "hedges.db"));
        assertEquals(2, count(figures, "calls.db"));
    }

    @Test
    void parallelCalls_areDecidedByTheFirstFailure_andTheOthersAreAbandoned() {
        dependency("db", Answer.ok(30 * MILLI), Answer.ok(1 * MILLI));
        dependency("cache", Answer.failed(5 * MILLI, FailureReason.ERROR), Answer.failed(5 * MILLI, FailureReason.ERROR));
        service(CallMode.PARALLEL, call("db", 0, null, null, 1, null), call("cache"));
        begin(0);
        begin(10 * MILLI);

        node.run();

        // The abandoned call to db no longer holds the bulkhead: the second request's call is made.
        assertEquals(List.of("5ms error", "15ms error"), outcomes);
    }

    @Test
    void aCrash_forgetsThePendingCalls_soLateAnswersDecideNothing() {
        dependency("db", Answer.ok(20 * MILLI));
        service(CallMode.SEQUENTIAL, call("db"));
        begin(0);
        node.simulation.at(10 * MILLI, () -> node.simulation.crash(node.api));
        node.simulation.at(15 * MILLI, () -> node.simulation.restart(node.api));

        node.run();

        assertEquals(List.of(), outcomes);
    }
}
