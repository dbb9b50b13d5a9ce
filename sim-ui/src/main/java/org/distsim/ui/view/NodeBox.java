package org.distsim.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.distsim.ui.model.NodeBadge;

/** A component's box in the topology: name and type, health, and its figures two to a row. */
final class NodeBox extends VBox {

    static final double WIDTH = 204;
    static final double HEIGHT = 106;
    private static final int ROWS = 2;
    /** The name's font size in live.css ({@code .node-name}), and the least it shrinks to. */
    private static final double NAME_FONT = 21;
    private static final double MIN_NAME_FONT = 12;
    /** The width inside the border and padding of live.css ({@code .node-box}). */
    private static final double INSIDE_WIDTH = WIDTH - 2 * 4 - 2 * 8 - 2;
    /** Characters of a figure row that fit the box at the figures' font size. */
    private static final int ROW_CHARS = 19;

    private final Label status = new Label();
    private final Label[] rows = new Label[ROWS];
    private NodeBadge shown;

    NodeBox(String componentName, String componentType) {
        setId("node-" + componentName);
        getStyleClass().addAll("node-box", "up");
        Label name = new Label(componentName);
        name.getStyleClass().add("node-name");
        Label type = new Label(componentType);
        type.getStyleClass().add("node-type");
        // The name never elides; the type gives way when the two do not fit.
        name.setMinWidth(Label.USE_PREF_SIZE);
        double size = nameFontSize(componentName);
        if (size < NAME_FONT) {
            name.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.0fpx;", size));
        }
        type.setMinWidth(0);
        HBox title = new HBox(8, name, type);
        title.setAlignment(Pos.BASELINE_LEFT);
        status.getStyleClass().add("node-status");
        getChildren().addAll(title, status);
        for (int i = 0; i < ROWS; i++) {
            rows[i] = new Label();
            rows[i].getStyleClass().add("node-line");
            getChildren().add(rows[i]);
        }
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
    }

    /**
     * The name's font size: the stylesheet's, or smaller for a name too long to fit the box at it,
     * so a long name stays whole and inside its box.
     */
    static double nameFontSize(String componentName) {
        Text text = new Text(componentName);
        double size = NAME_FONT;
        while (size > MIN_NAME_FONT) {
            text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, size));
            if (text.getLayoutBounds().getWidth() <= INSIDE_WIDTH) {
                break;
            }
            size--;
        }
        return size;
    }

    void show(NodeBadge badge) {
        if (badge.equals(shown)) {
            return;
        }
        shown = badge;
        String health = badge.health().name().toLowerCase(Locale.ROOT);
        getStyleClass().removeAll("up", "degraded", "down");
        getStyleClass().add(health);
        status.getStyleClass().removeAll("up", "degraded", "down");
        status.getStyleClass().add(health);
        status.setText(badge.status());
        List<String> packed = pack(badge.lines());
        for (int i = 0; i < ROWS; i++) {
            rows[i].setText(i < packed.size() ? packed.get(i) : "");
        }
    }

    /** Figures two to a row where they fit the box, else one to a row; at most {@link #ROWS} rows. */
    static List<String> pack(List<String> figures) {
        List<String> packed = new ArrayList<>();
        for (String figure : figures) {
            int last = packed.size() - 1;
            if (last >= 0 && packed.get(last).length() + 2 + figure.length() <= ROW_CHARS && !packed.get(last).contains("  ")) {
                packed.set(last, packed.get(last) + "  " + figure);
            } else if (packed.size() < ROWS) {
                packed.add(figure);
            }
        }
        return packed;
    }

    void setSelected(boolean selected) {
        if (selected) {
            if (!getStyleClass().contains("selected")) {
                getStyleClass().add("selected");
            }
        } else {
            getStyleClass().remove("selected");
        }
    }
}
