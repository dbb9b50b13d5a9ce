package org.distsim.ui.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.CacheHint;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.distsim.ui.model.BoxShape;
import org.distsim.ui.model.Health;
import org.distsim.ui.model.NodeBadge;
import org.distsim.ui.model.Tiers;

/**
 * A tier of siblings behind one front drawn as one box: the tier's name ({@code rr ×4}) in
 * readable type and a cell per member in the members' order. A cell shows its member's state by
 * colour and by mark both (a dashed grey cell and a cross when down, a thick orange border and an
 * exclamation mark when degraded) and its load as a fill from the bottom, so the hottest member
 * stands out of its tier; a click on a cell selects its member, as a click on a box does.
 */
final class TierBox extends Region {

    /** Font sizes in the box's own units: the tier's name, and a cell's label. */
    private static final double NAME_FONT = 19;
    private static final double FULL_NAME_FONT = 21;
    private static final double MIN_NAME_FONT = 18;
    private static final double CELL_FONT = 18;
    /** A one-line tier box's fonts, as a one-line component box's: as large as its height allows. */
    private static final double ONE_LINE_FONT = 19;
    private static final double CELL_GAP = 4;
    /** A load at or above this fills its cell in the saturated colour. */
    private static final double HOT = 0.85;
    private static final double WARM = 0.6;

    private final BoxShape shape;
    private final Label name;
    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private final Pane layoutRoot;

    /** One member's cell: its label over a fill as high as its load. */
    private static final class Cell extends StackPane {
        final Region fill = new Region();
        final Label label = new Label();
        final String suffix;
        /** Installed once; a change of state changes its text, never installs another. */
        final Tooltip tip;
        double load = -1;
        String colour;
        NodeBadge shown;

        Cell(String member, String suffix) {
            this.suffix = suffix;
            setId("cell-" + member);
            getStyleClass().addAll("tier-cell", "up");
            fill.setManaged(false);
            fill.setMouseTransparent(true);
            label.getStyleClass().add("tier-cell-label");
            // A label wider than its cell is hidden (below), and never widens the cell.
            label.setMinWidth(0);
            setMinWidth(0);
            label.setText(suffix);
            getChildren().addAll(fill, label);
            tip = new Tooltip(member);
            Tooltip.install(this, tip);
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            double inset = 2;
            double h = Math.max(0, getHeight() - 2 * inset);
            double filled = load < 0 ? 0 : h * Math.min(1, load);
            fill.resizeRelocate(inset, inset + h - filled, Math.max(0, getWidth() - 2 * inset), filled);
        }
    }

    TierBox(String tierName, String type, List<String> members, BoxShape shape,
            org.distsim.reports.layout.Geometry geometry, BiConsumer<String, MouseEvent> onCell) {
        this.shape = shape;
        double width = geometry.boxWidth();
        double height = geometry.boxHeight();
        setId("tier-" + tierName);
        getStyleClass().add("tier-box");
        name = new Label(tierName);
        name.getStyleClass().add("tier-name");
        name.setMinWidth(Label.USE_PREF_SIZE);
        Tooltip.install(name, new Tooltip(tierName + ": " + members.size() + " × " + type + ", one cell each"));
        String prefix = Tiers.commonPrefix(members);
        HBox row = new HBox(CELL_GAP);
        row.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < members.size(); i++) {
            String member = members.get(i);
            String suffix = member.length() > prefix.length() ? member.substring(prefix.length()) : Integer.toString(i + 1);
            Cell cell = new Cell(member, suffix);
            cell.setOnMouseClicked(event -> onCell.accept(member, event));
            cell.setOnMousePressed(event -> onCell.accept(member, event));
            HBox.setHgrow(cell, Priority.ALWAYS);
            cell.setMaxWidth(Double.MAX_VALUE);
            cell.setMaxHeight(Double.MAX_VALUE);
            cells.put(member, cell);
            row.getChildren().add(cell);
        }
        double inside = width - 2 * 3 - 2 * 6 - 2;
        double nameFont;
        if (shape == BoxShape.ONE_LINE) {
            nameFont = Math.max(ONE_LINE_FONT, fitting(tierName, NAME_FONT, inside * 0.45));
            HBox line = new HBox(8, name, row);
            HBox.setHgrow(row, Priority.ALWAYS);
            line.setAlignment(Pos.CENTER_LEFT);
            row.setMaxHeight(Double.MAX_VALUE);
            layoutRoot = line;
        } else {
            nameFont = fitting(tierName, shape == BoxShape.FULL ? FULL_NAME_FONT : NAME_FONT, inside);
            VBox column = new VBox(2, name, row);
            VBox.setVgrow(row, Priority.ALWAYS);
            layoutRoot = column;
        }
        name.setStyle(NodeBox.fontSize(nameFont));
        layoutRoot.getStyleClass().add("tier-inside");
        getChildren().add(layoutRoot);
        // A cell's label is shown only where it fits its cell: a dozen cells keep their colours and
        // fills and leave their names to the tooltip and the inspector.
        double cellWidth = (inside - (shape == BoxShape.ONE_LINE ? textWidth(tierName, nameFont) + 8 : 0)
                - CELL_GAP * (members.size() - 1)) / members.size();
        double cellFont = shape == BoxShape.ONE_LINE ? ONE_LINE_FONT : CELL_FONT;
        for (Cell cell : cells.values()) {
            cell.label.setStyle(NodeBox.fontSize(cellFont));
            boolean fits = textWidth(cell.suffix + "\u2715", cellFont) + 4 <= cellWidth;
            cell.label.setVisible(fits);
        }
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(width, height);
        setCache(true);
        setCacheHint(CacheHint.QUALITY);
    }

    @Override
    protected void layoutChildren() {
        Bounds inside = new javafx.geometry.BoundingBox(snappedLeftInset(), snappedTopInset(),
                getWidth() - snappedLeftInset() - snappedRightInset(), getHeight() - snappedTopInset() - snappedBottomInset());
        layoutRoot.resizeRelocate(inside.getMinX(), inside.getMinY(), inside.getWidth(), inside.getHeight());
    }

    /** Shows one member's state in its cell; {@code load} is its load fraction, negative when it has none. */
    void show(String member, NodeBadge badge, double load) {
        Cell cell = cells.get(member);
        // The fill moves in steps of 2 % of the cell's height, as a component box's fill does: a
        // finer step is under a pixel of a cell, and each change makes the box draw itself again.
        double shownLoad = load < 0 ? -1 : Math.min(1, Math.round(load * 50) / 50.0);
        // The colour is the load's own, not the rounded load's: 59.5 % is not yet warm.
        String colour = badge.health() == Health.DOWN ? null : loadColour(load);
        if (cell == null || badge.equals(cell.shown) && shownLoad == cell.load && java.util.Objects.equals(colour, cell.colour)) {
            return;
        }
        cell.colour = colour;
        Health was = cell.shown == null ? null : cell.shown.health();
        cell.shown = badge;
        cell.load = shownLoad;
        // A change of style class makes JavaFX match the cell's styles again: only when its health changes.
        if (badge.health() != was) {
            String health = badge.health().name().toLowerCase(Locale.ROOT);
            cell.getStyleClass().removeAll("up", "degraded", "down");
            cell.getStyleClass().add(health);
            String mark = switch (badge.health()) {
                case UP -> "";
                case DEGRADED -> "!";
                case DOWN -> "\u2715";
            };
            cell.label.setText(cell.suffix + mark);
        }
        cell.fill.setBackground(colour == null ? Background.EMPTY : LOAD_FILLS.get(colour));
        cell.tip.setText(member + ": " + badge.status()
                + (shownLoad >= 0 ? String.format(Locale.ROOT, ", load %.0f%%", shownLoad * 100) : ""));
        cell.requestLayout();
    }

    void setSelected(String member) {
        cells.forEach((name, cell) -> {
            boolean selected = name.equals(member);
            if (selected != cell.getStyleClass().contains("selected")) {
                if (selected) {
                    cell.getStyleClass().add("selected");
                } else {
                    cell.getStyleClass().remove("selected");
                }
            }
        });
    }

    /** Where a member's cell is, in the coordinates of this box's parent; null for a stranger. */
    Bounds cellBounds(String member) {
        Cell cell = cells.get(member);
        if (cell == null) {
            return null;
        }
        Bounds b = cell.getBoundsInLocal();
        for (javafx.scene.Node at = cell; at != this; at = at.getParent()) {
            b = at.localToParent(b);
        }
        return localToParent(b);
    }

    List<String> members() {
        return List.copyOf(cells.keySet());
    }

    /**
     * The fill of a load fraction: pale green, light orange from {@value #WARM}, deep orange from
     * {@value #HOT}; pale enough under the text, and told apart by the fill's extent as well.
     */
    static String loadColour(double load) {
        return load >= HOT ? "#ff8a50" : load >= WARM ? "#ffcc80" : "#c8e6c9";
    }

    /**
     * Each fill colour as a background, made once: a fill set as a style was parsed again at every
     * change of load, a dozen cells a frame in url-shortener.
     */
    private static final Map<String, Background> LOAD_FILLS = Map.of(
            loadColour(1), fill(loadColour(1)), loadColour(WARM), fill(loadColour(WARM)), loadColour(0), fill(loadColour(0)));

    private static Background fill(String colour) {
        return new Background(new BackgroundFill(Color.web(colour), null, null));
    }

    private static double fitting(String text, double start, double room) {
        double size = start;
        while (size > MIN_NAME_FONT && textWidth(text, size) > room) {
            size--;
        }
        return size;
    }

    private static double textWidth(String value, double size) {
        Text text = new Text(value);
        text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, size));
        return text.getLayoutBounds().getWidth();
    }
}
