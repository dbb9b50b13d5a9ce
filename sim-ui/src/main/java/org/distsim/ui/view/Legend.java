package org.distsim.ui.view;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/** The legend bar under the charts: what the topology's box borders, dots and lines mean. */
final class Legend {

    private Legend() {
    }

    /** The legend of the topology's colours and marks, with {@code note} (the dots' sampling) at its right. */
    static HBox bar(Label note) {
        HBox bar = new HBox(legendBox("up", Palette.UP, false), legendBox("degraded", Palette.DEGRADED, false),
                legendBox("down", Palette.DOWN, true), legendDot("request", Palette.REQUEST),
                legendDot("ok response", Palette.OK), legendDot("failed response", Palette.FAILED),
                legendDot("lost", Palette.DROPPED), legendLine("cut / fault", Palette.CUT, false),
                legendLine("caption", Color.web("#1565c0"), true));
        for (var item : bar.getChildren()) {
            ((Label) item).setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        bar.getChildren().addAll(spring, note);
        bar.getStyleClass().add("legend-bar");
        bar.setId("legend");
        return bar;
    }

    private static Label legendBox(String text, Color colour, boolean grey) {
        Rectangle box = new Rectangle(22, 14, grey ? Color.web("#d6d6d6") : Color.WHITE);
        box.setStroke(colour);
        box.setStrokeWidth(3);
        box.setArcWidth(6);
        box.setArcHeight(6);
        return legendLabel(text, box);
    }

    private static Label legendDot(String text, Color colour) {
        return legendLabel(text, new Circle(7, colour));
    }

    private static Label legendLine(String text, Color colour, boolean dashed) {
        Line line = new Line(0, 0, 24, 0);
        line.setStroke(colour);
        line.setStrokeWidth(3);
        if (dashed) {
            line.getStrokeDashArray().addAll(6.0, 4.0);
        }
        return legendLabel(text, line);
    }

    private static Label legendLabel(String text, javafx.scene.Node graphic) {
        Label label = new Label(text, graphic);
        label.getStyleClass().add("legend-item");
        label.setGraphicTextGap(6);
        return label;
    }
}
