/**
 * Renders a {@link org.distsim.core.result.RunResult}: a console report for people
 * ({@link org.distsim.reports.TextReport}), a JSON document for scripts
 * ({@link org.distsim.reports.JsonReport}), and {@link org.distsim.reports.AtomicFiles} to write
 * either without leaving a half-written file behind.
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
