package org.distsim.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The charts take the room a wide, flat topology cannot use, and no more. */
class ChartRoomTest {

    @BeforeAll
    static void toolkit() {
        Screenshots.startToolkit();
    }

    @Test
    void theChartsTakeWhatTheTopologyLeavesBetweenTheirUsualHeightAndHalfTheRoom() {
        assertEquals(250, ChartRoom.height(600, 500, 250), "a drawing that needs its room keeps it");
        assertEquals(300, ChartRoom.height(800, 500, 250), "the rest goes to the charts");
        assertEquals(400, ChartRoom.height(800, 100, 250), "at most half the room");
        assertEquals(250, ChartRoom.height(400, 10, 250), "never below the usual height");
    }

    @Test
    void urlShortenersOneRowLeavesItsRoomToTheChartsInAFullHdWindow() throws Exception {
        List<Shown> shown = Shown.bundled("url-shortener", 8_000_000_000L, List.of(
                new Shown.Window(1920, 1080, false), new Shown.Window(1920, 1080, true)));
        for (Shown s : shown) {
            double[] sizes = Shown.onFx(() -> {
                s.scene.getRoot().applyCss();
                s.scene.getRoot().layout();
                TopologyPane topology = s.topology();
                Region charts = (Region) s.scene.lookup("#charts");
                return new double[] {charts.getHeight(), topology.getHeight(), topology.heightToFill(topology.getWidth()),
                    usual(topology)};
            });
            assertTrue(sizes[0] > sizes[3] + 20, "the charts grew from their usual " + sizes[3] + " px: " + sizes[0]);
            assertTrue(sizes[1] >= sizes[2], "the topology still has the height its width lets it fill: "
                    + sizes[1] + " of " + sizes[2]);
        }
    }

    @Test
    void aTopologyBoundByItsHeightKeepsAllItHad() throws Exception {
        Shown shown = Shown.bundled("load-balancing", 30_000_000_000L, 1280, 720, false);
        double charts = Shown.onFx(() -> {
            shown.scene.getRoot().applyCss();
            shown.scene.getRoot().layout();
            return ((Region) shown.scene.lookup("#charts")).getPrefHeight();
        });
        assertEquals(Shown.onFx(() -> usual(shown.topology())), charts);
    }

    @Test
    void theEndCardKeepsTheRoomItsVerdictsNeedWhileTheChartsGrow() throws Exception {
        Shown shown = Shown.bundled("load-balancing", 120_000_000_000L, 1920, 1080, false);
        double[] sizes = Shown.onFx(() -> {
            shown.scene.getRoot().applyCss();
            shown.scene.getRoot().layout();
            Region card = (Region) shown.scene.lookup("#end-card");
            Region charts = (Region) shown.scene.lookup("#charts");
            return new double[] {card.isVisible() ? 1 : 0, card.getHeight(), card.prefHeight(card.getWidth()),
                charts.getHeight(), usual(shown.topology())};
        });
        assertEquals(1, sizes[0], "the run is over, so the end card shows");
        assertTrue(sizes[1] >= sizes[2] - 0.5, "the card is as tall as its lines: " + sizes[1] + " of " + sizes[2]);
        assertTrue(sizes[3] > sizes[4], "the charts still took the rest: " + sizes[3]);
    }

    /** The charts' height in a window where the topology can use all its room, as {@code LiveWindow} sets it. */
    private static double usual(TopologyPane topology) {
        return 250 - (topology.topology().roomy() ? org.distsim.ui.model.Topology.ROOM : 0);
    }
}
