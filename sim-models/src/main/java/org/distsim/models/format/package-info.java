/**
 * The vocabulary of the scenario format: what a component says about itself, and nothing that
 * reads a file.
 *
 * <p>Every component package imports this package and nothing else of the format: its
 * configuration record's components carry {@link org.distsim.models.format.Knob} (the YAML key's
 * documentation, default, bounds and reading), rates are {@link org.distsim.models.format.Rate},
 * a node that is several machines implements {@link org.distsim.models.format.GroupFactory}, and a
 * workload whose load a spike can multiply implements {@link org.distsim.models.format.ScalableLoad}.
 *
 * <p>{@link org.distsim.models.format.KnobSpec} reads a knob back by reflection, and
 * {@link org.distsim.models.format.ComponentType} describes one {@code type:} (its kind, its
 * record, its factory); a {@link org.distsim.models.format.ComponentCatalog} is a set of them. The
 * standard set lives above every component, in {@code org.distsim.models.registry}; the loader
 * ({@code org.distsim.models.scenario}) binds files by a catalog, and the generated documentation
 * ({@code org.distsim.models.docs}) walks one. So the dependencies run one way:
 * <pre>
 * format  &lt;-  components  &lt;-  registry  &lt;-  scenario (loader)  &lt;-  docs, run
 * </pre>
 */
package org.distsim.models.format;
