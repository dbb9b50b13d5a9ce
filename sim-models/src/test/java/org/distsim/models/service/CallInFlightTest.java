package org.distsim.models.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A call's attempts in flight are two fields, where they were an {@code ArrayList}: step by step
 * against that list, over random sends, answers (of attempts in flight and of attempts no longer
 * in it), and stops, the two must hold the same attempts in the same order.
 */
class CallInFlightTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void attemptsInFlight_stepByStep_matchTheListTheyReplace(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Call call = new Call(null, null, null, null);
        List<Call.Attempt> list = new ArrayList<>(2);
        List<Call.Attempt> sent = new ArrayList<>();
        for (int step = 0; step < 200_000; step++) {
            int what = random.nextInt(10);
            if (what < 4 && list.size() < 2) {
                Call.Attempt attempt = new Call.Attempt(call, null);
                sent.add(attempt);
                list.add(attempt);
                call.inFlight(attempt);
            } else if (what < 9 && !sent.isEmpty()) {
                // An answer: mostly of an attempt in flight, sometimes of one long gone (ignored by both).
                Call.Attempt attempt = !list.isEmpty() && random.nextInt(4) > 0
                        ? list.get(random.nextInt(list.size()))
                        : sent.get(random.nextInt(sent.size()));
                list.remove(attempt);
                call.landed(attempt);
            } else {
                list.clear();
                call.noneLeftInFlight();
            }
            if (sent.size() > 64) {
                sent.subList(0, 32).clear();
            }
            assertEquals(list.isEmpty(), call.noneInFlight(), "step " + step);
            for (int i = 0; i < 3; i++) {
                assertEquals(i < list.size() ? list.get(i) : null, call.inFlightAt(i), "step " + step + ", slot " + i);
            }
        }
    }

    @Test
    void aThirdAttemptInFlight_isRefused() {
        Call call = new Call(null, null, null, null);
        call.inFlight(new Call.Attempt(call, null));
        call.inFlight(new Call.Attempt(call, null));

        assertThrows(IllegalStateException.class, () -> call.inFlight(new Call.Attempt(call, null)));
    }

    @Test
    void theSecondAttempt_movesFirst_whenTheFirstLands() {
        Call call = new Call(null, null, null, null);
        Call.Attempt first = new Call.Attempt(call, null);
        Call.Attempt hedge = new Call.Attempt(call, null);
        call.inFlight(first);
        call.inFlight(hedge);

        call.landed(first);

        assertEquals(hedge, call.inFlightAt(0));
        assertNull(call.inFlightAt(1));
    }
}
