package org.distsim.ui.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.distsim.ui.live.EndCard;

/**
 * The card over the topology when a run is over: each design's headline figures with the verdict on
 * it in a few words, the lesson's numbers of each design, and each objective with PASS or FAIL
 * written out (colour repeats the word, it never replaces it). Close hides it until the next run.
 *
 * <p>The lines sit in a scroll pane under the title: a card taller than the topology area (many
 * designs and objectives on a 1280x720 projector) is then cut to that area with a scroll bar,
 * instead of running over the charts below it.
 */
final class EndCardPane extends VBox {

    private final VBox body = new VBox();
    private final ScrollPane scroll = new ScrollPane(body);
    private EndCard shown;
    private int closedRun = -1;

    EndCardPane() {
        setId("end-card");
        getStyleClass().add("end-card");
        setMaxWidth(720);
        setMaxHeight(Region.USE_PREF_SIZE);
        setFillWidth(true);
        setVisible(false);
        setManaged(false);
        body.getStyleClass().add("end-card-body");
        scroll.getStyleClass().add("end-card-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
    }

    /** Shows {@code card} for run {@code run}, unless it is null or was closed in this run. */
    void show(EndCard card, int run) {
        boolean visible = card != null && closedRun != run;
        if (visible && card != shown) {
            fill(card, run);
            shown = card;
        }
        setVisible(visible);
        setManaged(visible);
    }

    private void fill(EndCard card, int run) {
        getChildren().clear();
        body.getChildren().clear();
        Label title = new Label(card.title());
        title.getStyleClass().add("end-card-title");
        Button close = new Button("Close");
        close.setId("end-card-close");
        close.setFocusTraversable(false);
        close.setOnAction(e -> {
            closedRun = run;
            setVisible(false);
            setManaged(false);
        });
        BorderPane head = new BorderPane();
        head.setLeft(title);
        head.setRight(close);
        BorderPane.setAlignment(title, Pos.CENTER_LEFT);
        getChildren().addAll(head, scroll);
        card.designs().forEach(design -> line(design, "end-card-design"));
        card.lessons().forEach(lesson -> line(lesson, "end-card-lesson"));
        for (int i = 0; i < card.objectives().size(); i++) {
            line(card.objectives().get(i), card.held().get(i) ? "end-card-pass" : "end-card-fail");
        }
    }

    /** A wrapped line that keeps the height its text needs (a VBox would otherwise cut it to one line). */
    private void line(String text, String style) {
        Label line = new Label(text);
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.getStyleClass().add(style);
        body.getChildren().add(line);
    }
}
