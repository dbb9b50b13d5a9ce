package org.distsim.ui.view;

import javafx.beans.InvalidationListener;
import javafx.scene.layout.Region;

/**
 * Gives the charts the room the topology cannot use. The topology keeps its shape and scales as a
 * whole, so a wide, flat drawing (url-shortener's seven columns in one row) stops growing once it
 * fills the window's width, and in a tall window the rest of its pane would be empty. The charts
 * below take that rest, up to {@value #MOST_OF_THE_ROOM} of the room the two share, and never less
 * than their usual height: a drawing bound by its height keeps all it had, so every window where
 * the topology fills its pane looks exactly as before.
 *
 * <p>The shared room is read from the window, the bars above and the legend below, none of which
 * the charts' height changes, so one layout pass settles it. While the end card floats over the
 * topology, the topology's pane keeps at least the card's height, so that the card's verdicts show
 * without scrolling.
 */
final class ChartRoom {

    /** The largest share of the topology's and the charts' room the charts take. */
    static final double MOST_OF_THE_ROOM = 0.5;
    /** Room above and below the end card, so that it does not touch the bars or the charts. */
    private static final double CARD_MARGIN = 24;

    private ChartRoom() {
    }

    /**
     * Keeps {@code charts}' height at {@link #height} as the window, the bars above the topology
     * ({@code above}), the legend ({@code below}), the topology's width (the inspector opening) or
     * the end card ({@code card}, over the topology) change.
     */
    static void install(Region window, Region above, Region below, TopologyPane topology, Region card,
            Region charts, double usual) {
        InvalidationListener fit = o -> {
            double room = window.getHeight() - above.getHeight() - below.getHeight();
            double width = topology.getWidth();
            double wanted = usual;
            if (width > 0 && room > 0) {
                double fills = topology.heightToFill(width);
                if (card.isVisible()) {
                    double cardWidth = Math.min(width, card.getMaxWidth());
                    fills = Math.max(fills, card.prefHeight(cardWidth) + 2 * CARD_MARGIN);
                }
                wanted = height(room, fills, usual);
            }
            if (wanted != charts.getPrefHeight()) {
                charts.setPrefHeight(wanted);
            }
        };
        charts.setPrefHeight(usual);
        window.heightProperty().addListener(fit);
        above.heightProperty().addListener(fit);
        below.heightProperty().addListener(fit);
        topology.widthProperty().addListener(fit);
        card.visibleProperty().addListener(fit);
    }

    /**
     * The charts' height when they and the topology share {@code room} pixels and the topology can
     * use no more than {@code topologyFills}: what the topology leaves, between {@code usual} and
     * {@link #MOST_OF_THE_ROOM} of the room, in whole pixels.
     */
    static double height(double room, double topologyFills, double usual) {
        double most = Math.max(usual, MOST_OF_THE_ROOM * room);
        return Math.floor(Math.max(usual, Math.min(most, room - topologyFills)));
    }
}
