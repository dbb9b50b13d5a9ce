package org.distsim.models.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.distsim.models.rpc.Failure;
import org.distsim.models.rpc.FailureReason;
import org.distsim.models.rpc.Request;
import org.distsim.models.service.RequestCalls.Step;
import org.junit.jupiter.api.Test;

/**
 * The rule that decides a request from the outcomes of its unconditional calls; the conditional
 * ones ({@code probability}, {@code on:}, {@code route:}) are tested end to end in BranchingCallsTest.
 */
class RequestCallsTest {

    private static final Failure ERROR = Failure.of(FailureReason.ERROR);

    private static RequestCalls request(CallMode mode, WaitFor waitFor, int k, int calls) {
        RequestCalls request = new RequestCalls(mode, waitFor, k, Request.NO_DEADLINE, false, (ok, degraded, reason) -> {
        }, calls);
        for (int i = 0; i < calls; i++) {
            request.calls[i] = new Call(request, null, null, null);
        }
        return request;
    }

    /** Ends {@code call} and says what follows, as the service does. */
    private static Step end(RequestCalls request, int call, boolean ok) {
        request.ended(request.calls[call], ok ? CallResult.SUCCESS : CallResult.FAILURE, ok ? null : ERROR);
        return request.step();
    }

    @Test
    void sequentialCalls_openWithTheFirst_andGoOnInListOrderUntilTheLastSucceeds() {
        RequestCalls request = request(CallMode.SEQUENTIAL, WaitFor.ALL, 0, 3);

        assertEquals(List.of(request.calls[0]), request.advance());
        assertEquals(Step.WAIT, end(request, 0, true));
        assertEquals(List.of(request.calls[1]), request.advance());
        assertEquals(Step.WAIT, end(request, 1, true));
        assertEquals(List.of(request.calls[2]), request.advance());
        assertEquals(Step.SUCCEED, end(request, 2, true));
    }

    @Test
    void sequentialCalls_failTheRequestAtTheFirstFailure_withItsReason() {
        RequestCalls request = request(CallMode.SEQUENTIAL, WaitFor.ALL, 0, 3);

        request.advance();
        assertEquals(Step.WAIT, end(request, 0, true));
        request.advance();
        assertEquals(Step.FAIL, end(request, 1, false));
        assertEquals(ERROR, request.failure);
    }

    @Test
    void parallelCallsWaitingForAll_openEveryCall_andFailAtTheFirstFailure() {
        RequestCalls request = request(CallMode.PARALLEL, WaitFor.ALL, 0, 3);

        assertEquals(List.of(request.calls), request.advance());
        assertEquals(Step.WAIT, end(request, 0, true));
        assertEquals(Step.FAIL, end(request, 1, false));
    }

    @Test
    void parallelCallsWaitingForAll_succeedWithTheLastSuccess() {
        RequestCalls request = request(CallMode.PARALLEL, WaitFor.ALL, 0, 3);

        request.advance();
        assertEquals(Step.WAIT, end(request, 0, true));
        assertEquals(Step.WAIT, end(request, 1, true));
        assertEquals(Step.SUCCEED, end(request, 2, true));
    }

    @Test
    void firstTwoOfThree_succeedAtTheSecondSuccess_despiteOneFailure() {
        RequestCalls request = request(CallMode.PARALLEL, WaitFor.FIRST_K, 2, 3);

        request.advance();
        assertEquals(Step.WAIT, end(request, 0, true));
        assertEquals(Step.WAIT, end(request, 1, false));
        assertEquals(Step.SUCCEED, end(request, 2, true));
    }

    @Test
    void firstTwoOfThree_failOnceTwoCallsHaveFailed() {
        RequestCalls request = request(CallMode.PARALLEL, WaitFor.FIRST_K, 2, 3);

        request.advance();
        assertEquals(Step.WAIT, end(request, 0, false));
        assertEquals(Step.FAIL, end(request, 1, false));
    }

    @Test
    void firstTwoOfThree_withTwoCallsLeftOut_needOnlyTheOneMade() {
        RequestCalls request = request(CallMode.PARALLEL, WaitFor.FIRST_K, 2, 3);
        request.calls[1].state = Call.State.SKIPPED;
        request.calls[2].state = Call.State.SKIPPED;

        assertEquals(List.of(request.calls[0]), request.advance());
        assertEquals(Step.SUCCEED, end(request, 0, true));
    }
}
