/**
 * Renders a {@link org.distsim.core.result.RunResult}: a console report for people
 * ({@link org.distsim.reports.TextReport}), a JSON document for scripts
 * ({@link org.distsim.reports.JsonReport}), two CSV files ({@link org.distsim.reports.CsvReport}),
 * a self-contained HTML page with SVG plots ({@link org.distsim.reports.HtmlReport}), and
 * {@link org.distsim.reports.AtomicFiles} and {@link org.distsim.reports.ReportDirectory} to write
 * one file or all of them without leaving a half-written report behind.
 *
 * <h2>What a report adds to the result</h2>
 * The result carries its facts ({@link org.distsim.core.facts.RunFacts}: the topology, the fault
 * and note markers and the objectives of the scenario's {@code slo:} section), computed once when
 * the scenario was loaded. A {@link org.distsim.reports.RunReport} adds what is judged from them:
 * the objectives checked in one place ({@link org.distsim.reports.SloCheck}, which also decides
 * the exit code of {@code distsim run}). {@link org.distsim.reports.Stability} reads the time
 * series for overload (a backlog growing through the run: the system is unstable and its means
 * mean nothing) and for a warm-up that was too short ({@link org.distsim.reports.Mser5}, White's
 * MSER-5 rule); every format shows what it finds.
 *
 * <h2>Plots</h2>
 * The HTML plots, of a run and of replications and sweeps ({@code org.distsim.reports.batch}),
 * are drawn as SVG by {@link org.distsim.reports.SvgChart} (axes and ticks from the scales of
 * {@code org.distsim.reports.chart}) in the page frame of {@link org.distsim.reports.HtmlPage};
 * one chart of each kind is compared byte for byte with a committed SVG
 * ({@code src/test/resources/golden/svg}, re-blessed with {@code -Dbless=true}). They are drawn
 * by hand rather than with JFreeChart and JFreeSVG: JFreeChart lays labels out with the
 * machine's font metrics and formats ticks with {@code NumberFormat} in the default locale, so its
 * SVG would differ between machines and locales, and the rules below would need exceptions. Drawn by hand, a plot is a function of
 * the data alone, small, and needs no AWT.
 *
 * <h2>Determinism</h2>
 * The same result renders to the same bytes on every JDK from 17 on, in every default locale and
 * on every platform. Two rules make that so:
 * <ul>
 *   <li>No number goes through {@code Double.toString} or {@code String.format}: their output for
 *       some doubles changed in JDK 19 (JDK-4511638), and {@code String.format} follows the default
 *       locale. The text report rounds the exact binary value of a double with
 *       {@link java.math.BigDecimal} ({@code HALF_EVEN}); the JSON report lets Jackson write doubles
 *       with its Schubfach writer ({@code USE_FAST_DOUBLE_WRITER}), which prints the shortest
 *       decimal that reads back as the same double, identically on every JDK.</li>
 *   <li>Nothing iterates a hash-ordered collection into the output: workloads and nodes keep the
 *       scenario's declaration order, node figures the order the component registered them, and
 *       reasons (of failures, of drops) are sorted by name. Line ends are always {@code \n}.</li>
 * </ul>
 *
 * <h2>Stability</h2>
 * The JSON document's key names, nesting and order are a contract documented in
 * {@code docs/result-json.md} and described by {@code docs/schema/result.schema.json}; it is
 * built key by key, never by serialising the result records, so renaming a record component cannot
 * change it by accident. The console text is for people and may change between versions.
 */
package org.distsim.reports;
