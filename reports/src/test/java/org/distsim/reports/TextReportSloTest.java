package org.distsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportSloTest {

    @Test
    void objectives_arePrintedAsAlignedPassAndFailLinesBeforeTheReproduceLine() {
        String text = TextReport.render(HtmlReportTest.richReport(), false);
        assertTrue(text.contains("""

                service-level objectives: 1 of 2 broken
                  PASS  web <&>  p99 <= 25 ms            measured 10 ms
                  FAIL  web <&>  availability >= 99.99%  measured 99.9%

                reproduce with: ./distsim run rich.yaml --seed 3
                """), text);
    }

    @Test
    void plainText_hasNoEscapeCodes_andAnsiColoursTheVerdicts() {
        assertFalse(TextReport.render(HtmlReportTest.richReport(), false).contains("\u001b["));
        String coloured = TextReport.render(HtmlReportTest.richReport(), true);
        assertTrue(coloured.contains("\u001b[32mPASS\u001b[0m"), coloured);
        assertTrue(coloured.contains("\u001b[1;31mFAIL\u001b[0m"), coloured);
    }

    @Test
    void findings_comeRightAfterTheHeaderSoNoMeanIsReadWithoutThem() {
        RunReport report = new RunReport(Results.sample(), "x", List.of(), List.of(
                new Finding(Finding.UNSTABLE, "node.api.queue", "UNSTABLE: arrivals exceed capacity at node api"),
                new Finding(Finding.NOT_STATIONARY, "workload.readers.p50_ms", "not stationary after warm-up: ...")));
        String text = TextReport.render(report, false);
        assertTrue(text.contains("events     123456\n\nUNSTABLE: arrivals exceed capacity at node api\n"
                + "WARNING: not stationary after warm-up: ...\n\nworkloads"), text);
    }

    @Test
    void reportWithoutObjectivesOrFindings_isTheTextItAlwaysWas() {
        assertEquals(TextReport.render(Results.sample(), "x"),
                TextReport.render(new RunReport(Results.sample(), "x", List.of(), List.of()), false));
        assertFalse(TextReport.render(Results.sample(), "x").contains("service-level"));
    }
}
