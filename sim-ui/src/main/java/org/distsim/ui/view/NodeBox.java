package org.distsim.ui.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.CacheHint;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.distsim.ui.model.BoxShape;
import org.distsim.ui.model.NodeBadge;

/**
 * A component's box in the topology, as much as its {@link BoxShape} holds: name and type, health,
 * and its figures two to a row; or name over status; or name and status on one line. Its fonts are
 * fixed in the box's own units, so a window of another size shows the same box, larger or smaller.
 */
final class NodeBox extends VBox {

    private static final int ROWS = 2;
    /** The name's font size in each shape, and the least it shrinks to for a long name. */
    private static final double NAME_FONT = 21;
    private static final double TWO_LINES_NAME_FONT = 20;
    private static final double ONE_LINE_NAME_FONT = 19;
    private static final double MIN_NAME_FONT = 18;
    private static final double ONE_LINE_MIN_FONT = 19;
    /** The status's font in the two smaller shapes, and the least it shrinks to beside a long name. */
    private static final double STATUS_FONT = 18;
    private static final double MIN_STATUS_FONT = 18;
    /** Borders and padding of live.css ({@code .node-box}, {@code .shape-one}), both sides. */
    private static final double FULL_CHROME = 2 * 4 + 2 * 8 + 2;
    private static final double SMALL_CHROME = 2 * 3 + 2 * 6 + 2;
    /** Characters of a figure row that fit the box at the figures' font size. */
    private static final int ROW_CHARS = 19;

    /** The type's font size in live.css ({@code .node-type}), the least it shrinks to, and the gap before it. */
    private static final double TYPE_FONT = 14;
    private static final double MIN_TYPE_FONT = 12;
    private static final double TITLE_GAP = 8;
    private final BoxShape shape;
    private final double insideWidth;
    private final Label name;
    private final Label status = new Label();
    private double statusFont = -1;
    private final Label[] rows = new Label[ROWS];
    private NodeBadge shown;
    private double load = -1;
    /**
     * The load's fill, from the left inside the border: a region whose background is set in code.
     * As a linear gradient in the box's style, each change of load had JavaFX parse a style and
     * match the box's styles again, for every box in every frame of a busy run.
     */
    private final Region fill = new Region();
    private String fillColour;

    NodeBox(String componentName, String componentType, BoxShape shape, org.distsim.reports.layout.Geometry geometry) {
        this.shape = shape;
        double width = geometry.boxWidth();
        double height = geometry.boxHeight();
        insideWidth = width - (shape == BoxShape.FULL ? FULL_CHROME : SMALL_CHROME);
        setId("node-" + componentName);
        getStyleClass().addAll("node-box", "up", styleOf(shape));
        name = new Label(componentName);
        name.getStyleClass().add("node-name");
        // The name never elides: it shrinks to fit.
        name.setMinWidth(Label.USE_PREF_SIZE);
        status.getStyleClass().add("node-status");
        Tooltip.install(this, new Tooltip(componentName + " (" + componentType + ")"));
        switch (shape) {
            case FULL -> buildFull(componentName, componentType);
            case TWO_LINES -> {
                name.setStyle(fontSize(fittingSize(componentName, TWO_LINES_NAME_FONT, insideWidth)));
                getChildren().addAll(name, status);
            }
            case ONE_LINE -> {
                // The topology made the box wide enough for its longest name and a status (BoxShape).
                name.setStyle(fontSize(ONE_LINE_NAME_FONT));
                Region spring = new Region();
                HBox.setHgrow(spring, Priority.ALWAYS);
                HBox line = new HBox(6, name, spring, status);
                line.setAlignment(Pos.CENTER_LEFT);
                setAlignment(Pos.CENTER_LEFT);
                getChildren().add(line);
            }
            default -> throw new IllegalStateException(shape.toString());
        }
        fill.setManaged(false);
        fill.setMouseTransparent(true);
        getChildren().add(0, fill);
        setMinSize(width, height);
        // Drawn from a bitmap while unchanged: the canvas under the boxes is redrawn every frame for
        // the moving dots, and with software rendering re-rendering thirty boxes with their drop
        // shadows each frame was most of a frame's time.
        setCache(true);
        setCacheHint(CacheHint.QUALITY);
        setPrefSize(width, height);
        setMaxSize(width, height);
    }

    /**
     * Lays the fill inside the border, as wide as the load: the background the gradient painted,
     * which ran from the box's left edge to the load's share of its width.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (fill.isVisible()) {
            double border = Math.max(0, snappedLeftInset() - getPadding().getLeft());
            double inside = Math.max(0, getWidth() - 2 * border);
            fill.resizeRelocate(border, border, inside * Math.max(0, load), Math.max(0, getHeight() - 2 * border));
        }
    }

    /** The box's corner radius in live.css ({@code .node-box}, {@code .shape-one}), less its border. */
    private static final double FULL_RADIUS = 10 - 4;
    private static final double SMALL_RADIUS = 7 - 3;
    /**
     * Each fill's background by colour, corner radius and whether it fills the box whole (rounded
     * on the right too); on the JavaFX application thread only.
     */
    private static final Map<String, Background> FILLS = new HashMap<>();

    private static Background fillOf(String colour, double radius, boolean whole) {
        CornerRadii corners = new CornerRadii(radius, whole ? radius : 0, whole ? radius : 0, radius, false);
        return new Background(new BackgroundFill(Color.web(colour), corners, null));
    }

    static String styleOf(BoxShape shape) {
        return switch (shape) {
            case FULL -> "shape-full";
            case TWO_LINES -> "shape-two";
            case ONE_LINE -> "shape-one";
        };
    }

    private void buildFull(String componentName, String componentType) {
        Label type = new Label(componentType);
        type.getStyleClass().add("node-type");
        double size = fittingSize(componentName, NAME_FONT, insideWidth);
        if (size < NAME_FONT) {
            name.setStyle(fontSize(size));
        }
        // The type is whole or absent, never cut ("replicat…"): it shrinks to fit beside the name,
        // and when it cannot, it is left to the tooltip and the inspector.
        double typeSize = typeFontSize(size, componentName, componentType, insideWidth);
        HBox title = new HBox(TITLE_GAP, name);
        if (typeSize > 0) {
            type.setMinWidth(Label.USE_PREF_SIZE);
            if (typeSize < TYPE_FONT) {
                type.setStyle(fontSize(typeSize));
            }
            title.getChildren().add(type);
        }
        title.setAlignment(Pos.BASELINE_LEFT);
        getChildren().addAll(title, status);
        for (int i = 0; i < ROWS; i++) {
            rows[i] = new Label();
            rows[i].getStyleClass().add("node-line");
            getChildren().add(rows[i]);
        }
    }

    private static double typeFontSize(double nameSize, String componentName, String componentType, double inside) {
        Text name = new Text(componentName);
        name.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, nameSize));
        double room = inside - name.getLayoutBounds().getWidth() - TITLE_GAP;
        Text type = new Text(componentType);
        for (double size = TYPE_FONT; size >= MIN_TYPE_FONT; size--) {
            type.setFont(Font.font(Font.getDefault().getFamily(), size));
            if (type.getLayoutBounds().getWidth() <= room) {
                return size;
            }
        }
        return 0;
    }

    /** The largest font size up to {@code start}, and at least the minimum, at which bold {@code value} fits {@code room}. */
    private static double fittingSize(String value, double start, double room) {
        return fittingSize(value, start, room, MIN_NAME_FONT);
    }

    private static double fittingSize(String value, double start, double room, double least) {
        Text text = new Text(value);
        double size = Math.floor(start);
        while (size > least) {
            text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, size));
            if (text.getLayoutBounds().getWidth() <= room) {
                break;
            }
            size--;
        }
        return size;
    }

    /**
     * Shows the component's state; {@code load}, its load fraction (negative when it has none), fills
     * the box from the left in the colours of a tier's cells, so a hot shard or a slow backend
     * stands out of its column even where the box has no room for figures.
     */
    void show(NodeBadge badge, double load) {
        double shownLoad = load < 0 ? -1 : Math.min(1, Math.round(load * 50) / 50.0);
        // The colour is the load's own, not the rounded load's: 59.5 % is not yet warm.
        String colour = TierBox.loadColour(load);
        if (badge.equals(shown) && shownLoad == this.load && colour.equals(fillColour)) {
            return;
        }
        fillColour = colour;
        shown = badge;
        this.load = shownLoad;
        boolean filled = badge.health() != org.distsim.ui.model.Health.DOWN && shownLoad > 0;
        fill.setVisible(filled);
        if (filled) {
            double radius = shape == BoxShape.FULL ? FULL_RADIUS : SMALL_RADIUS;
            boolean whole = shownLoad >= 1;
            fill.setBackground(FILLS.computeIfAbsent(colour + " " + radius + " " + whole, key -> fillOf(colour, radius, whole)));
            requestLayout();
        }
        String health = badge.health().name().toLowerCase(Locale.ROOT);
        // A change of style class makes JavaFX match the box's styles again: only when health changes.
        if (!status.getStyleClass().contains(health)) {
            getStyleClass().removeAll("up", "degraded", "down");
            getStyleClass().add(health);
            status.getStyleClass().removeAll("up", "degraded", "down");
            status.getStyleClass().add(health);
        }
        if (!badge.status().equals(status.getText())) {
            status.setText(badge.status());
            sizeStatus();
        }
        if (shape == BoxShape.FULL) {
            List<String> packed = pack(badge.lines());
            for (int i = 0; i < ROWS; i++) {
                rows[i].setText(i < packed.size() ? packed.get(i) : "");
            }
        }
    }

    /** The status shrinks, down to a floor, to fit beside the name on one line or under it on two. */
    private void sizeStatus() {
        if (shape == BoxShape.FULL) {
            return;
        }
        double room = insideWidth;
        double start = STATUS_FONT;
        double least = MIN_STATUS_FONT;
        if (shape == BoxShape.ONE_LINE) {
            Text probe = new Text(name.getText());
            probe.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, nameSize()));
            room = insideWidth - probe.getLayoutBounds().getWidth() - 8;
            start = ONE_LINE_MIN_FONT;
            least = ONE_LINE_MIN_FONT;
        }
        double size = fittingSize(status.getText(), start, room, least);
        if (size != statusFont) {
            statusFont = size;
            status.setStyle(fontSize(size));
        }
    }

    private double nameSize() {
        String style = name.getStyle();
        if (style.startsWith("-fx-font-size: ")) {
            return Double.parseDouble(style.substring("-fx-font-size: ".length(), style.indexOf("px")));
        }
        return NAME_FONT;
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

    static String fontSize(double size) {
        return String.format(Locale.ROOT, "-fx-font-size: %.0fpx;", size);
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
