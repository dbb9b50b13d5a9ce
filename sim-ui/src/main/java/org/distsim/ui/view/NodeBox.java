package org.distsim.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.CacheHint;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
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

    /**
     * Below this drawing scale the box shows only its name and status, in type large enough to
     * read: a projector audience reads two words at 12 px, not five lines at 7 px.
     */
    static final double COMPACT_SCALE = 0.75;
    /** The least size on screen, in pixels, that the compact box's name and status aim for. */
    private static final double COMPACT_NAME_PX = 15;
    private static final double COMPACT_STATUS_PX = 13;
    /** Fonts grow at most this much in the box's own units, however small the scale. */
    private static final double MAX_GROWTH = 2.2;

    /** The type's font size in live.css ({@code .node-type}), the least it shrinks to, and the gap before it. */
    private static final double TYPE_FONT = 14;
    private static final double MIN_TYPE_FONT = 11;
    private static final double TITLE_GAP = 8;
    private final boolean typeFits;
    private final Label name;
    private final Label type;
    private final Label status = new Label();
    private final double nameFont;
    private double statusFont = -1;
    private boolean compact;
    private double scale = 1;
    private final Label[] rows = new Label[ROWS];
    private NodeBadge shown;

    NodeBox(String componentName, String componentType) {
        setId("node-" + componentName);
        getStyleClass().addAll("node-box", "up");
        name = new Label(componentName);
        name.getStyleClass().add("node-name");
        type = new Label(componentType);
        type.getStyleClass().add("node-type");
        // The name never elides; the type gives way when the two do not fit.
        name.setMinWidth(Label.USE_PREF_SIZE);
        double size = nameFontSize(componentName);
        nameFont = size;
        if (size < NAME_FONT) {
            name.setStyle(fontSize(size));
        }
        // The type is whole or absent, never cut ("replicat…"): it shrinks to fit beside the name,
        // and when it cannot, it is left to the tooltip and the inspector.
        double typeSize = typeFontSize(size, componentName, componentType);
        typeFits = typeSize > 0;
        if (typeFits) {
            type.setMinWidth(Label.USE_PREF_SIZE);
            if (typeSize < TYPE_FONT) {
                type.setStyle(fontSize(typeSize));
            }
        } else {
            type.setVisible(false);
            type.setManaged(false);
            Tooltip.install(this, new Tooltip(componentName + " (" + componentType + ")"));
        }
        HBox title = new HBox(TITLE_GAP, name, type);
        title.setAlignment(Pos.BASELINE_LEFT);
        status.getStyleClass().add("node-status");
        getChildren().addAll(title, status);
        for (int i = 0; i < ROWS; i++) {
            rows[i] = new Label();
            rows[i].getStyleClass().add("node-line");
            getChildren().add(rows[i]);
        }
        setMinSize(WIDTH, HEIGHT);
        // Drawn from a bitmap while unchanged: the canvas under the boxes is redrawn every frame for
        // the moving dots, and with software rendering re-rendering thirty boxes with their drop
        // shadows each frame was most of a frame's time.
        setCache(true);
        setCacheHint(CacheHint.QUALITY);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
    }

    /**
     * The name's font size: the stylesheet's, or smaller for a name too long to fit the box at it,
     * so a long name stays whole and inside its box.
     */
    static double nameFontSize(String componentName) {
        return fittingSize(componentName, NAME_FONT);
    }

    /**
     * The largest size up to the stylesheet's at which the type fits beside the name, or 0 when
     * it does not fit even at the least size.
     */
    static double typeFontSize(double nameSize, String componentName, String componentType) {
        Text name = new Text(componentName);
        name.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, nameSize));
        double room = INSIDE_WIDTH - name.getLayoutBounds().getWidth() - TITLE_GAP;
        Text type = new Text(componentType);
        for (double size = TYPE_FONT; size >= MIN_TYPE_FONT; size--) {
            type.setFont(Font.font(Font.getDefault().getFamily(), size));
            if (type.getLayoutBounds().getWidth() <= room) {
                return size;
            }
        }
        return 0;
    }

    /** The largest font size up to {@code start}, and at least the minimum, at which bold {@code text} fits the box. */
    private static double fittingSize(String value, double start) {
        Text text = new Text(value);
        double size = Math.floor(start);
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
        if (compact) {
            sizeStatus();
        }
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

    private static String fontSize(double size) {
        return String.format(Locale.ROOT, "-fx-font-size: %.0fpx;", size);
    }

    /**
     * Adapts the box to the scale it is drawn at: below {@link #COMPACT_SCALE} it drops its type and
     * figure rows (the inspector has them) and grows its name and status to stay readable.
     */
    void setDrawingScale(double next) {
        boolean nextCompact = next < COMPACT_SCALE;
        if (nextCompact == compact && Math.abs(next - scale) < 0.02) {
            return;
        }
        scale = next;
        compact = nextCompact;
        type.setVisible(!compact && typeFits);
        // Hidden, it takes no room either: at its full width it would stick out of a compact box.
        type.setManaged(!compact && typeFits);
        for (Label row : rows) {
            row.setVisible(!compact);
            row.setManaged(!compact);
        }
        if (compact) {
            name.setStyle(fontSize(fittingSize(name.getText(), Math.min(NAME_FONT * MAX_GROWTH, COMPACT_NAME_PX / scale))));
            sizeStatus();
        } else {
            name.setStyle(nameFont < NAME_FONT ? fontSize(nameFont) : "");
            status.setStyle("");
            statusFont = -1;
        }
    }

    private void sizeStatus() {
        double size = fittingSize(status.getText(), Math.min(16 * MAX_GROWTH, COMPACT_STATUS_PX / scale));
        if (size != statusFont) {
            statusFont = size;
            status.setStyle(fontSize(size));
        }
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
