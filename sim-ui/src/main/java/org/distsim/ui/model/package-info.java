/**
 * View models: what the window shows, computed from the scenario and from snapshots, with no JavaFX
 * in them so that they are tested without a window. {@link org.distsim.ui.model.Topology} lays the
 * components out in tiers (or where the scenario's {@code layout:} puts them),
 * {@link org.distsim.ui.model.TimeWindow} picks the span of time the charts show, {@link org.distsim.ui.model.NodeBadge} says what a node's box shows,
 * {@link org.distsim.ui.model.DotField} samples and animates the messages drawn as dots,
 * {@link org.distsim.ui.model.Inspector} lists a component's figures and knobs,
 * {@link org.distsim.ui.model.FaultShading} says which stretches of time a fault is in force,
 * {@link org.distsim.ui.model.LatencyCeiling} where the latency axis is cut, and
 * {@link org.distsim.ui.model.Scoreboard} each design's live headline numbers.
 */
package org.distsim.ui.model;
