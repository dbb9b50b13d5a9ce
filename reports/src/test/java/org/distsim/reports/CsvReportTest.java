package org.distsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.facts.Objective;
import org.distsim.core.facts.ObjectiveFigure;
import org.distsim.core.facts.RunFacts;
import org.distsim.core.facts.Topology;
import org.junit.jupiter.api.Test;

class CsvReportTest {

    @Test
    void timeSeries_hasOneHeaderRowAndOneRowPerIntervalWithCrlfAndEmptyFieldsForUndefined() {
        String csv = CsvReport.timeSeries(Results.sample());
        assertEquals("start_s,end_s,warmup,workload.readers.throughput_rps,workload.readers.p50_ms\r\n"
                + "0,300,1,1.5,\r\n"
                + "300,600,0,2.0,0.30000000000000004\r\n", csv);
    }

    @Test
    void timeSeries_ofARunWithoutSeries_isOnlyTheHeader() {
        assertEquals("start_s,end_s,warmup\r\n", CsvReport.timeSeries(Results.empty()));
    }

    @Test
    void summary_listsEveryFigureInLongFormInTheOrderOfTheJson() {
        RunReport report = RunReport.of(Results.sample().withFacts(new RunFacts("", Topology.NONE, List.of(), List.of(),
                List.of(Objective.latency("readers", ObjectiveFigure.P99, 25_000_000)))), "./distsim run a.yaml --seed 42");
        String csv = CsvReport.summary(report);
        List<String> lines = csv.lines().toList();
        assertEquals("section,name,figure,value,unit,kind", lines.get(0));
        assertEquals("run,,scenario,checkout,,", lines.get(1));
        assertTrue(lines.contains("run,,reproduce,./distsim run a.yaml --seed 42,,"), csv);
        assertTrue(lines.contains("workload,readers,requests,1002,one,count"), csv);
        assertTrue(lines.contains("workload,readers,failed_by_reason.rejected,1,one,count"), csv);
        assertTrue(lines.contains("workload,readers,latency_ms.p99,10.002431,milliseconds,duration"), csv);
        assertTrue(lines.contains("workload,writers,latency_ms.p99,,milliseconds,duration"), "undefined is an empty field: " + csv);
        assertTrue(lines.contains("node,api,type,service,,"), csv);
        assertTrue(lines.contains("node,api-2,queue_mean,,one,gauge"), csv);
        assertTrue(lines.contains("network,,dropped_by_reason.loss,5,one,count"), csv);
        assertTrue(lines.contains("slo,readers,p99.limit,25.0,,"), csv);
        assertTrue(lines.contains("slo,readers,p99.held,true,,"), csv);
        assertTrue(lines.contains("node,api,utilisation_mean,0.8734,fraction,gauge"), "kind and unit come from the declaration: " + csv);
        assertTrue(lines.contains("workload,readers,availability,0.999000999000999,fraction,ratio"), csv);
        assertTrue(csv.endsWith("\r\n"));
        assertTrue(lines.indexOf("workload,readers,requests,1002,one,count") < lines.indexOf("node,api,type,service,,"));
    }

    @Test
    void field_quotesCommasQuotesAndLineBreaksAsRfc4180Says() {
        assertEquals("plain", CsvReport.field("plain"));
        assertEquals("\"a,b\"", CsvReport.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvReport.field("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvReport.field("two\nlines"));
    }

    @Test
    void numbers_areTheShortestRoundTripInPlainNotation() {
        assertEquals("0.00025", CsvReport.number(2.5e-4));
        assertEquals("200000000000000000000000", CsvReport.number(2e23));
        assertEquals("0.30000000000000004", CsvReport.number(0.1 + 0.2));
        assertEquals("12", CsvReport.number(12L));
        assertEquals("", CsvReport.number(Double.NaN));
    }

    @Test
    void render_twice_givesIdenticalBytes() {
        RunReport report = RunReport.of(Results.sample(), "x");
        assertEquals(CsvReport.summary(report), CsvReport.summary(RunReport.of(Results.sample(), "x")));
        assertEquals(CsvReport.timeSeries(Results.sample()), CsvReport.timeSeries(Results.sample()));
    }
}
