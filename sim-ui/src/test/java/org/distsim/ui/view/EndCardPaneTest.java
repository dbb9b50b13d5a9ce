package org.distsim.ui.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.distsim.ui.live.EndCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The end card over a small topology area (a 1280x720 projector): it stays inside the area. */
@ExtendWith(ApplicationExtension.class)
class EndCardPaneTest {

    private static final double AREA_HEIGHT = 260;

    private EndCardPane card;

    @Start
    void start(Stage stage) {
        card = new EndCardPane();
        Region topology = new Region();
        StackPane centre = new StackPane(topology, card);
        centre.setPrefSize(900, AREA_HEIGHT);
        centre.setMaxHeight(AREA_HEIGHT);
        stage.setScene(new Scene(centre, 900, AREA_HEIGHT));
        stage.show();
    }

    @Test
    void aCardWithMoreLinesThanTheAreaHoldsIsCutToTheAreaAndScrolls() throws Exception {
        List<String> designs = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            designs.add("design-" + i + ": 80% available, p99 672 ms, 719 ok/s");
        }
        List<String> objectives = new ArrayList<>(designs);
        EndCard many = new EndCard("The run is over: 4 of 6 objectives hold", designs, List.of("design-1: 3 lesson figures"), objectives, Collections.nCopies(6, true));
        javafx.application.Platform.runLater(() -> card.show(many, 1));
        WaitForAsyncUtils.waitForFxEvents();
        double height = card.getHeight();
        assertTrue(card.isVisible(), "the card is shown");
        assertTrue(height > 0 && height <= AREA_HEIGHT, "the card fits the area: " + height + " of " + AREA_HEIGHT);
    }
}
