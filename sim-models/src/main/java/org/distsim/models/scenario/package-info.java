/**
 * The scenario format: YAML text and {@code --set} overrides in, a validated, immutable
 * {@link org.distsim.models.scenario.Scenario} out, or every mistake reported like a compiler
 * error.
 *
 * <h2>Using it</h2>
 * <pre>{@code
 * try {
 *     Scenario scenario = ScenarioLoader.load(Path.of("scenarios/cap.yaml"), List.of("workloads.clients.rate=900/s"));
 * } catch (ScenarioException e) {
 *     System.err.println(e.getMessage());   // every problem, formatted; exit with status 2
 * }
 * }</pre>
 * A problem reads
 * <pre>
 * scenarios/cap.yaml:14:9: nodes.lb.type: unknown component type "lodbalancer"
 *   expected one of: open-loop, service
 *   did you mean "service"?
 * </pre>
 * and {@link org.distsim.models.scenario.Problem} holds the same parts as data.
 *
 * <h2>How a file is read</h2>
 * <ol>
 * <li><b>Parse.</b> {@code YamlReader} streams the text through Jackson's YAML parser with every
 *     limit on (nesting depth 40, numbers of at most 40 digits, values of at most 100,000
 *     characters, files of at most 2<sup>20</sup> characters, duplicate keys rejected) into a
 *     {@code JsonNode} tree, and records in the same pass where each key and each value was written
 *     ({@code Locations}, by JSON Pointer). Aliases and merge keys are refused: Jackson would read
 *     {@code *a} as the string "a", which is never what the author meant.</li>
 * <li><b>Override.</b> {@code Overrides} applies each {@code dotted.path=value} to the tree, and
 *     points the locations of the replaced subtree at the argument, so what an override sets is
 *     checked exactly like the file and its mistakes name the {@code --set}.</li>
 * <li><b>Bind.</b> {@code ScenarioBinder} walks the tree and {@code Binder} binds each mapping to a
 *     record, collecting every problem instead of stopping at the first, and builds the records
 *     only when a mapping is free of them.</li>
 * </ol>
 * The scenario is not bound straight to records with Jackson's data binding: that reports unknown
 * keys at the end of the enclosing mapping, and a misspelt required key as a missing one. Walking
 * the tree ourselves puts each problem at the text that caused it.
 *
 * <h2>One definition of every knob</h2>
 * What a scenario may contain is declared once, as records whose components carry
 * {@link org.distsim.models.format.Knob}: the documentation, the default (as YAML text), whether
 * the knob is optional, its bounds (as YAML text in its unit) and how to read it
 * ({@link org.distsim.models.format.Knob.Format}: a probability, a node name). The YAML key is
 * the kebab-case of the component name; the accepted spelling follows from the Java type
 * ({@link org.distsim.models.format.ValueKind}). {@link org.distsim.models.format.KnobSpec}
 * reads all of it back, for the binder and for the generated reference and JSON Schema.
 * The records are:
 * <ul>
 * <li>components, in a {@link org.distsim.models.format.ComponentCatalog} (the standard one is
 *     {@link org.distsim.models.registry.ComponentRegistry}): a {@code type:} name, node or
 *     workload, and a configuration record. A new component is its own package and one registry
 *     line;</li>
 * <li>the top level, fault timing and notes, in {@link org.distsim.models.scenario.ScenarioFormat},
 *     and the network, {@link org.distsim.models.scenario.NetworkSpec};</li>
 * <li>distribution families, in {@link org.distsim.models.scenario.DistributionForm};</li>
 * <li>fault actions, in {@link org.distsim.models.scenario.FaultAction}.</li>
 * </ul>
 * A check between knobs of one record lives in the record's compact constructor: an
 * {@code IllegalArgumentException} there becomes a problem at the record's mapping.
 *
 * <h2>Several files</h2>
 * {@code ScenarioSources} reads a file and the files it {@code extends:} (or an architecture and
 * an {@code --experiment} over it), each with its own locations, and merges them before overrides
 * and binding: mappings key by key, every other value replaced whole. Locations are taken from
 * the file that wrote each value, so every problem names the right file.
 *
 * <h2>Checks across components</h2>
 * {@link org.distsim.models.scenario.CallGraph} reads the edges of the topology from every knob of
 * format {@code NODE_REF}, at any depth, so a new component's references are edges without any
 * change here; the loader refuses a cycle among nodes at the reference that closes it.
 *
 * <h2>Where the rest of the format lives</h2>
 * The vocabulary every component imports ({@code Knob}, {@code Rate}, {@code ComponentType} ...)
 * is {@code org.distsim.models.format}; the standard components are listed in
 * {@code org.distsim.models.registry}; what is generated from the definitions (the reference, the
 * JSON Schema, {@code explain}, {@code list}) is {@code org.distsim.models.docs}. This package is
 * the loader: it reads files and binds them by a catalog, and nothing below it imports it.
 *
 * <h2>Units</h2>
 * Durations are a number and a unit with nothing between ({@code 250ns}, {@code 250us},
 * {@code 2ms}, {@code 1.5s}, {@code 5m}, {@code 1h}; a bare {@code 0} is allowed) and become exact
 * nanoseconds, rounded half-even. Rates are a count per unit ({@code 800/s}, {@code 2/ms},
 * {@code 1.5k/s}); probabilities are {@code 0.01} or {@code 1%}. Duration distributions are in
 * nanoseconds. Arithmetic on units is done in {@code BigDecimal}.
 *
 * <h2>Determinism</h2>
 * Maps keep the order of the file; lists offered as "expected one of" are sorted; problems are
 * reported in document order (file by line and column, then overrides in argument order). Nothing
 * depends on hash iteration order.
 */
package org.distsim.models.scenario;
