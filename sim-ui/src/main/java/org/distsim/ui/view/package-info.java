/**
 * The JavaFX window of {@code distsim view}. It reads the latest {@link org.distsim.ui.live.Snapshot}
 * once per frame and turns clicks and keys into {@link org.distsim.ui.live.Command} records; it never
 * touches the simulation. {@link org.distsim.ui.view.ViewLauncher} starts it without an
 * {@code Application} subclass (which a fat jar cannot start), and
 * {@link org.distsim.ui.view.Screenshots} renders it headless to PNG.
 */
package org.distsim.ui.view;
