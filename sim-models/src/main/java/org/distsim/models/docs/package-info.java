/**
 * What is generated from the format's definitions and what describes a scenario to a reader:
 * {@link org.distsim.models.docs.ReferenceGenerator} writes {@code docs/scenario-reference.md} and
 * {@link org.distsim.models.docs.SchemaGenerator} the JSON Schema (draft-07), both by walking a
 * component catalog and the {@code @Knob} annotations (tests fail when the committed copies are
 * stale); {@link org.distsim.models.docs.ScenarioExplainer} prints a loaded scenario with its
 * defaults filled in ({@code distsim explain}), and {@link org.distsim.models.docs.ScenarioCatalog}
 * lists a directory of scenarios ({@code distsim list}).
 */
package org.distsim.models.docs;
