package org.distsim.models.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.distsim.models.rpc.Request;
import org.distsim.models.service.RequestCalls.Step;
import org.junit.jupiter.api.Test;

/** The rule that decides a request from the outcomes of its calls. */
class RequestCallsTest {

    private static RequestCalls request(CallMode mode, WaitFor waitFor, int k, int calls) {
        RequestCalls request = new RequestCalls(mode, waitFor, k, Request.NO_DEADLINE, false, (ok, degraded, reason) -> {
        });
        for (int i = 0; i < calls; i++) {
            request.calls.add(new Call(request, null, null));
        }
        return request;
    }

    @Test
    void sequentialCalls_openWithTheFirst_andGoOnInListOrderUntilTheLastSucceeds() {
        RequestCalls request = request(CallMode.SEQUENTIAL, WaitFor.ALL, 0, 3);

        assertEquals(List.of(request.calls.get(0)), request.opening());
        assertEquals(Step.NEXT, request.outcome(true));
        assertSame(request.calls.get(1), request.nextCall());
        assertEquals(Step.NEXT, request.outcome(true));
        assertSame(request.calls.get(2), request.nextCall());
        assertEquals(Step.SUCCEED, request.outcome(true));
    }

    @Test
    void sequentialCalls_failTheRequestAtTheFirstFailure() {
        RequestCalls request = request(CallMode.SEQUENTIAL, WaitFor.ALL, 0, 3);

        assertEquals(Step.NEXT, request.outcome(true));
        assertEquals(Step.FAIL, request.outcome(false));
    }

    @Test
    void parallelCallsWaitingForAll_openEveryCall_andFailAtTheFirstFailure() {
        RequestCalls request = request(CallMode.PARALLEL, WaitFor.ALL, 0, 3);

        assertEquals(request.calls, request.opening());
        assertEquals(Step.WAIT, request.outcome(true));
        assertEquals(Step.FAIL, request.outcome(false));
    }

    @Test
    void parallelCallsWaitingForAll_succeedWithTheLastSuccess() {
        RequestCalls request = request(CallMode.PARALLEL, WaitFor.ALL, 0, 3);

        assertEquals(Step.WAIT, request.outcome(true));
        assertEquals(Step.WAIT, request.outcome(true));
        assertEquals(Step.SUCCEED, request.outcome(true));
    }

    @Test
    void firstTwoOfThree_succeedAtTheSecondSuccess_despiteOneFailure() {
        RequestCalls request = request(CallMode.PARALLEL, WaitFor.FIRST_K, 2, 3);

        assertEquals(Step.WAIT, request.outcome(true));
        assertEquals(Step.WAIT, request.outcome(false));
        assertEquals(Step.SUCCEED, request.outcome(true));
    }

    @Test
    void firstTwoOfThree_failOnceTwoCallsHaveFailed() {
        RequestCalls request = request(CallMode.PARALLEL, WaitFor.FIRST_K, 2, 3);

        assertEquals(Step.WAIT, request.outcome(false));
        assertEquals(Step.FAIL, request.outcome(false));
    }
}
