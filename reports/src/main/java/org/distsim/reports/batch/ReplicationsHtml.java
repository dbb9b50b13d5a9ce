package org.distsim.reports.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.distsim.core.figure.FigureSpec;
import org.distsim.reports.HtmlPage;
import org.distsim.reports.HtmlReport;

/**
 * The HTML page of replications ({@code distsim run FILE --replications N --out DIR}): per
 * workload and node the table of every figure as mean &plusmn; 95 % confidence half-width, min,
 * max and n (the text report's tables), the pooled latency percentiles, and the CDF of the pooled
 * latency of every request of every replication. Self-contained like the run report, whose page
 * frame and latency chart it reuses.
 */
public final class ReplicationsHtml {

    private ReplicationsHtml() {
    }

    /**
     * The page.
     *
     * @param pooled  per workload the merged latency histogram ({@link ReplicationSummary#pooledHistograms})
     */
    public static String render(ReplicationSummary s, Map<String, Histogram> pooled, String reproduce) {
        StringBuilder html = new StringBuilder(64 * 1024);
        HtmlPage.begin(html, "distsim replications: " + s.scenario());
        html.append("<h1>").append(HtmlPage.escape(s.scenario())).append(": ").append(s.runs().size())
                .append(s.runs().size() == 1 ? " replication" : " replications").append("</h1>\n<p>Seed ")
                .append(s.seed()).append(", ").append(Numbers.seconds(s.durationNanos())).append(" each, warm-up ")
                .append(Numbers.seconds(s.warmupNanos())).append(". Each figure is the mean over the replications")
                .append(" &plusmn; the half-width of its 95% confidence interval (Student t).</p>\n");
        if (s.partial()) {
            html.append("<p class=\"warn\">PARTIAL: interrupted; ").append(s.runs().size()).append(" of ")
                    .append(s.planned()).append(" replications finished and the figures cover only those.</p>\n");
        }
        HtmlReport.distribution(html, "Pooled latency distribution (successful requests after the warm-up)", pooled,
                "Cumulative distribution of the latency of every successful request of every replication,"
                + " from the merged HdrHistograms (3 significant digits); the x axis is logarithmic.");
        for (Map.Entry<String, ReplicationSummary.Workload> e : s.workloads().entrySet()) {
            html.append("<h2>Workload ").append(HtmlPage.escape(e.getKey())).append("</h2>\n");
            table(html, e.getValue().figures(), e.getValue().specs());
            html.append("<p>Pooled latency (every request of every replication): ")
                    .append(HtmlPage.escape(BatchText.pooled(e.getValue().pooledLatency()))).append("</p>\n");
        }
        for (Map.Entry<String, ReplicationSummary.Node> e : s.nodes().entrySet()) {
            html.append("<h2>Node ").append(HtmlPage.escape(e.getKey())).append(" (")
                    .append(HtmlPage.escape(e.getValue().type())).append(")</h2>\n");
            table(html, e.getValue().figures(), e.getValue().specs());
        }
        HtmlPage.end(html, reproduce);
        return html.toString();
    }

    private static void table(StringBuilder html, Map<String, Estimate> figures, Map<String, FigureSpec> specs) {
        List<List<String>> rows = new ArrayList<>();
        figures.forEach((name, x) -> rows.add(List.of(name, Numbers.plusMinus(Numbers.estimate(specs.get(name), x)),
                Numbers.figure(specs.get(name), x.min()), Numbers.figure(specs.get(name), x.max()),
                Integer.toString(x.n()))));
        HtmlPage.table(html, List.of("figure", "mean \u00b1 half-width", "min", "max", "n"), rows);
    }
}
