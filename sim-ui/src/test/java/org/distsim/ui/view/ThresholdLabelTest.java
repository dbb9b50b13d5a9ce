package org.distsim.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class ThresholdLabelTest {

    /** Seven pixels a character, like a small sans-serif font. */
    private static final ToDoubleFunction<String> WIDTH = text -> 7.0 * text.length();

    @Test
    void aLabelThatFitsIsLeftWhole() {
        assertEquals("SLO p99 ≤ 150 ms (eu-writers)", ThresholdLabel.fit("SLO p99 ≤ 150 ms (eu-writers)", 400, WIDTH));
    }

    @Test
    void theWorkloadsGiveWayFirstACharacterAtATime() {
        String full = "SLO p99 ≤ 20 ms (us-app, eu-readers)";
        // 30 characters fit: "SLO p99 ≤ 20 ms (us-app, eu…)" is 29.
        assertEquals("SLO p99 ≤ 20 ms (us-app, eu…)", ThresholdLabel.fit(full, 7 * 30, WIDTH));
        // A cut after a comma drops the comma too.
        assertEquals("SLO p99 ≤ 20 ms (us-app…)", ThresholdLabel.fit(full, 7 * 26, WIDTH));
    }

    @Test
    void theObjectivesNumberIsNeverCut() {
        assertEquals("SLO p99 ≤ 150 ms", ThresholdLabel.fit("SLO p99 ≤ 150 ms (eu-writers)", 7 * 19, WIDTH));
        assertEquals("SLO p99 ≤ 150 ms", ThresholdLabel.fit("SLO p99 ≤ 150 ms (eu-writers)", 10, WIDTH));
        assertEquals("SLO ≥ 99.9 %", ThresholdLabel.fit("SLO ≥ 99.9 %", 10, WIDTH), "no brackets: nothing to give way");
    }
}
