/**
 * The standard components: the one class that names every component type, with its
 * configuration record, its actor factory and its one-line description. A new component is its
 * own package plus one line in {@link org.distsim.models.registry.ComponentRegistry}; the loader,
 * the reference, the JSON Schema, {@code distsim list} and the live view all read it from here.
 */
package org.distsim.models.registry;
