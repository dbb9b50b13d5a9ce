/**
 * The diagram layout of a run's topology, shared by the HTML report and the live view so that both
 * draw the same picture: where each box goes on a grid ({@link org.distsim.reports.layout.Layout}),
 * how each arrow runs between the boxes ({@link org.distsim.reports.layout.Router}), and between
 * which boxes each link of the network is drawn ({@link org.distsim.reports.layout.Cables}).
 *
 * <p>The layout is a layered drawing (Sugiyama, Tagawa and Toda 1981) in grid units, independent
 * of any window or page size: components that are wired together form a band (one design of a
 * scenario that compares several), each band's components stand in columns by their layer
 * (clients, edge, services, caches, data, queues) with the columns aligned across bands, and bands
 * are packed into side-by-side stacks so that the whole is about as wide as a screen. A renderer
 * maps grid units to its own box size with a {@link org.distsim.reports.layout.Geometry}; arrows
 * run only through the gaps between boxes, never under one. Plain Java, no drawing library; the
 * result depends only on the topology.
 */
package org.distsim.reports.layout;
