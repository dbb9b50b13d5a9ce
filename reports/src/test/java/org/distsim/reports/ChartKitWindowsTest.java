package org.distsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.distsim.core.facts.FaultWindow;
import org.junit.jupiter.api.Test;

class ChartKitWindowsTest {

    @Test
    void windowsOfTheSameSpanAreOneShade_soThreeDesignsSlowedAtOnceAreNotThreeTimesAsDark() {
        FaultWindow a = new FaultWindow(20, 25, "slow db-a x5", true);
        FaultWindow b = new FaultWindow(20, 25, "slow db-b x5", true);
        FaultWindow open = new FaultWindow(20, 25, "crash c", false);
        FaultWindow later = new FaultWindow(30, 35, "slow db-a x5", true);
        assertEquals(List.of(List.of(a, b), List.of(open), List.of(later)), ChartKit.sameSpans(List.of(a, open, b, later)));
    }
}
