package org.distsim.ui.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;
import org.distsim.core.fault.Fault;
import org.distsim.reports.layout.Layout;
import org.distsim.reports.layout.Router;
import org.distsim.ui.live.Command;
import org.distsim.ui.live.FlightKind;
import org.distsim.ui.live.NodeState;
import org.distsim.ui.live.Snapshot;
import org.distsim.ui.model.DotField;
import org.distsim.ui.model.LabelPlacer;
import org.distsim.ui.model.NodeBadge;
import org.distsim.ui.model.Paths;
import org.distsim.ui.model.Topology;

/**
 * The system as boxes in tiers, links between them, messages as dots on the links, and partitions
 * as a red cut across the links they sever with their groups outlined. Boxes are nodes of the scene
 * (clickable, with a context menu); links, dots and cuts are drawn on a canvas underneath, and
 * the words (layer headings, CUT) on a second canvas over the boxes, so no box hides them. The
 * layout is the one {@link Topology#of} computed, scaled as a whole to the pane.
 */
final class TopologyPane extends Pane {

    private static final double MARGIN = 16;
    private static final double HEADER = 30;

    private final Canvas canvas = new Canvas();
    /**
     * Drawn over the boxes: the layer headings and the CUT labels, which were hidden under boxes
     * when drawn on the canvas beneath them.
     */
    private final Canvas labels = new Canvas();
    /**
     * How many device pixels one layout pixel of this pane covers (the window's zoom): the canvases
     * are that much larger and scaled back down, so a zoomed view draws sharp lines and text
     * rather than a magnified bitmap.
     */
    private double renderScale = 1;
    /** Where the CUT labels went at the last drawing, in pane coordinates; for tests. */
    private List<Rectangle2D> cutLabels = List.of();
    /** The smallest font drawn on the canvases at the last drawing, in pane pixels; for tests. */
    private double smallestCanvasFont = Double.MAX_VALUE;
    private final Map<String, NodeBox> boxes = new LinkedHashMap<>();
    private final Consumer<String> onSelect;
    private final Consumer<Command> commands;
    private Topology topology;
    private Snapshot snapshot;
    private List<DotField.Dot> dots = List.of();
    /**
     * The drawing is the shared layout scaled as a whole to fit the pane, so every window size
     * shows the same picture, larger or smaller; text grows with it up to this factor.
     */
    private double scale = 1;
    private static final double MAX_SCALE = 1.6;
    /** Where the layout's origin lands in the pane. */
    private double originX;
    private double originY;
    /** Each arrow's path in pane coordinates, by "from\nto". */
    private final Map<String, List<Point2D>> paths = new LinkedHashMap<>();

    TopologyPane(Topology topology, Consumer<String> onSelect, Consumer<Command> commands) {
        this.onSelect = onSelect;
        this.commands = commands;
        setId("topology");
        canvas.getTransforms().add(new Scale(1, 1, 0, 0));
        labels.getTransforms().add(new Scale(1, 1, 0, 0));
        labels.setMouseTransparent(true);
        canvas.setMouseTransparent(true);
        getChildren().addAll(canvas, labels);
        // Small enough that the charts and the legend below keep their full height at 1280x720.
        setMinSize(300, 120);
        setTopology(topology);
    }

    void setTopology(Topology next) {
        topology = next;
        for (Topology.Placed node : next.nodes()) {
            boxes.computeIfAbsent(node.name(), name -> {
                NodeBox box = new NodeBox(name, node.type());
                box.setOnMouseClicked(event -> {
                    if (event.getButton() == MouseButton.PRIMARY) {
                        onSelect.accept(name);
                    }
                });
                // One menu per box, opened on a right press (and on the keyboard's menu key); showing
                // it again only moves it.
                ContextMenu menu = menu(node);
                box.setOnMousePressed(event -> {
                    if (event.getButton() == MouseButton.SECONDARY) {
                        onSelect.accept(name);
                        menu.show(box, event.getScreenX(), event.getScreenY());
                        event.consume();
                    }
                });
                box.setOnContextMenuRequested(event -> {
                    menu.show(box, event.getScreenX(), event.getScreenY());
                    event.consume();
                });
                getChildren().add(box);
                return box;
            });
        }
        labels.toFront();
        requestLayout();
    }

    /** Draws the canvases at {@code scale} device pixels per pane pixel (the window's zoom). */
    void setRenderScale(double scale) {
        if (scale > 0 && scale != renderScale) {
            renderScale = scale;
            requestLayout();
        }
    }

    /** The CUT labels' places at the last drawing, in pane coordinates. */
    List<Rectangle2D> cutLabels() {
        return cutLabels;
    }

    /** Every box's place in pane coordinates, as drawn (scaled about its centre). */
    List<Rectangle2D> boxBounds() {
        List<Rectangle2D> out = new java.util.ArrayList<>();
        for (NodeBox box : boxes.values()) {
            var b = box.getBoundsInParent();
            out.add(new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
        }
        return out;
    }

    /** The smallest font size drawn on the canvases at the last drawing, in pane pixels. */
    double smallestCanvasFont() {
        return smallestCanvasFont;
    }

    Topology topology() {
        return topology;
    }

    /** The right-click menu: faults by hand. Workloads cannot crash or slow (the format names nodes only). */
    private ContextMenu menu(Topology.Placed node) {
        ContextMenu menu = new ContextMenu();
        MenuItem inspect = new MenuItem("Inspect " + node.name());
        inspect.setOnAction(e -> onSelect.accept(node.name()));
        if (!node.workload()) {
            MenuItem crash = item("Crash " + node.name(), new Fault.Crash(node.name()));
            MenuItem restart = item("Restart " + node.name(), new Fault.Restart(node.name()));
            MenuItem slow3 = item("Slow x3", new Fault.SlowNode(node.name(), 3));
            MenuItem slow10 = item("Slow x10", new Fault.SlowNode(node.name(), 10));
            MenuItem normal = item("Normal speed", new Fault.SlowNode(node.name(), 1));
            menu.getItems().addAll(crash, restart, new SeparatorMenuItem(), slow3, slow10, normal, new SeparatorMenuItem());
        }
        menu.getItems().add(inspect);
        return menu;
    }

    private MenuItem item(String text, Fault fault) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> commands.accept(new Command.Inject(fault)));
        return item;
    }

    void render(Snapshot next, List<DotField.Dot> nextDots, String selected) {
        snapshot = next;
        dots = nextDots;
        for (NodeState state : next.nodes()) {
            NodeBox box = boxes.get(state.name());
            if (box != null) {
                box.show(NodeBadge.of(state));
                box.setSelected(state.name().equals(selected));
            }
        }
        draw();
    }

    @Override
    protected void layoutChildren() {
        for (Canvas c : List.of(canvas, labels)) {
            c.setWidth(Math.ceil(getWidth() * renderScale));
            c.setHeight(Math.ceil(getHeight() * renderScale));
            // Only when it changes: a new transform each layout pass marks the pane dirty again.
            Scale shrink = (Scale) c.getTransforms().get(0);
            if (shrink.getX() != 1 / renderScale) {
                shrink.setX(1 / renderScale);
                shrink.setY(1 / renderScale);
            }
        }
        // The layout was computed once (Topology.of); the window's size only scales it.
        place();
        for (Topology.Placed node : topology.nodes()) {
            NodeBox box = boxes.get(node.name());
            Point2D centre = centre(node);
            box.resizeRelocate(centre.getX() - NodeBox.WIDTH / 2, centre.getY() - NodeBox.HEIGHT / 2,
                    NodeBox.WIDTH, NodeBox.HEIGHT);
            box.setScaleX(scale);
            box.setScaleY(scale);
            box.setDrawingScale(scale);
        }
        draw();
    }

    /**
     * Scales the layout as a whole to the pane, keeping its shape and centring it, and maps every
     * arrow's path into the pane.
     */
    private void place() {
        double width = Math.max(1, getWidth() - 2 * MARGIN);
        double height = Math.max(1, getHeight() - HEADER - MARGIN);
        double drawingWidth = Topology.GEOMETRY.width(topology.layout());
        double drawingHeight = Topology.GEOMETRY.height(topology.layout());
        scale = Math.min(MAX_SCALE, Math.min(width / drawingWidth, height / drawingHeight));
        originX = MARGIN + (width - drawingWidth * scale) / 2;
        originY = HEADER + (height - drawingHeight * scale) / 2;
        paths.clear();
        for (Router.Route route : topology.routes()) {
            List<Point2D> points = route.points().stream()
                    .map(p -> new Point2D(originX + p.x() * scale, originY + p.y() * scale)).toList();
            paths.put(route.arrow().from() + "\n" + route.arrow().to(), points);
        }
    }

    private double boxWidth() {
        return NodeBox.WIDTH * scale;
    }

    private double boxHeight() {
        return NodeBox.HEIGHT * scale;
    }

    private Point2D centre(Topology.Placed node) {
        Layout.Box box = topology.layout().box(node.name());
        return new Point2D(originX + (Topology.GEOMETRY.left(box.x()) + Topology.GEOMETRY.boxWidth() / 2) * scale,
                originY + (Topology.GEOMETRY.top(box.y()) + Topology.GEOMETRY.boxHeight() / 2) * scale);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        GraphicsContext top = labels.getGraphicsContext2D();
        for (GraphicsContext c : List.of(g, top)) {
            c.setTransform(1, 0, 0, 1, 0, 0);
            c.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            c.setTransform(renderScale, 0, 0, renderScale, 0, 0);
        }
        smallestCanvasFont = Double.MAX_VALUE;
        if (topology == null) {
            return;
        }
        drawTierHeaders(top);
        // One CUT label per partition and design: the links one partition cuts within a design meet
        // in one gap, and a label each stacked the words over one another.
        Map<String, Point2D> cuts = new LinkedHashMap<>();
        Map<String, List<List<String>>> partitions = snapshot == null ? Map.of() : snapshot.partitions();
        drawGroups(g, partitions);
        for (Topology.Link link : topology.links()) {
            List<Point2D> path = paths.get(link.from() + "\n" + link.to());
            if (path == null) {
                continue;
            }
            String cutBy = severedBy(partitions, link.from(), link.to());
            boolean cut = cutBy != null;
            g.setLineCap(StrokeLineCap.ROUND);
            g.setStroke(cut ? Palette.CUT : Palette.LINK);
            g.setLineWidth(Math.max(1.5, 2.5 * scale));
            // A call only some requests make (a probability, a route's share, an outcome) is dashed short.
            g.setLineDashes(cut ? new double[] {10, 8} : link.branching() ? new double[] {5, 5} : null);
            double[] xs = path.stream().mapToDouble(Point2D::getX).toArray();
            double[] ys = path.stream().mapToDouble(Point2D::getY).toArray();
            g.strokePolyline(xs, ys, xs.length);
            g.setLineDashes(null);
            arrowhead(g, path.get(path.size() - 2), path.get(path.size() - 1), cut);
            if (cut) {
                Point2D[] middle = Paths.middle(path);
                Point2D mark = drawCut(g, middle[0], middle[1]);
                cuts.putIfAbsent(cutBy + "\n" + topology.layout().box(link.from()).band(), mark);
            }
        }
        for (DotField.Dot dot : dots) {
            Point2D at = along(dot.from(), dot.to(), dot.progress());
            if (at == null) {
                continue;
            }
            double x = at.getX();
            double y = at.getY();
            double r = dot.kind() == FlightKind.OTHER ? 4 : 7;
            g.setFill(Palette.of(dot.kind()));
            if (dot.kind() == FlightKind.DROPPED) {
                g.setStroke(Palette.DROPPED);
                g.setLineWidth(3);
                g.strokeLine(x - r, y - r, x + r, y + r);
                g.strokeLine(x - r, y + r, x + r, y - r);
            } else {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.setStroke(Color.WHITE);
                g.setLineWidth(1.5);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
        drawCutLabels(top, List.copyOf(cuts.values()));
    }

    private void drawTierHeaders(GraphicsContext g) {
        Font font = Font.font("DejaVu Sans", FontWeight.BOLD, Math.max(12, 15 * Math.min(1.2, scale)));
        // A column's pitch on screen: a heading wider than that would run into its neighbours
        // ("CLIENTSEDGESERVICES"), so at such a scale the headings are left out rather than garbled.
        double pitch = (Topology.GEOMETRY.boxWidth() + Topology.GEOMETRY.gapX()) * scale;
        Text probe = new Text();
        probe.setFont(font);
        for (Layout.Heading heading : topology.layout().headings()) {
            probe.setText(heading.label().toUpperCase(Locale.ROOT));
            if (probe.getLayoutBounds().getWidth() > pitch - 4) {
                return;
            }
        }
        g.setFont(font);
        noteFont(font);
        g.setFill(Palette.TIER);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (Layout.Heading heading : topology.layout().headings()) {
            double x = originX + (Topology.GEOMETRY.left(heading.x()) + Topology.GEOMETRY.boxWidth() / 2) * scale;
            g.fillText(heading.label().toUpperCase(Locale.ROOT), x, originY - 6);
        }
    }

    /**
     * Each partition's groups, first group blue, the others orange: every member's own box
     * outlined, not the rectangle around a group, which took in boxes of the other side whenever
     * the sides' members were interleaved in the layout.
     */
    private void drawGroups(GraphicsContext g, Map<String, List<List<String>>> partitions) {
        double pad = 7 * Math.min(1, scale) + 2;
        for (Map.Entry<String, List<List<String>>> partition : partitions.entrySet()) {
            int index = 0;
            for (List<String> group : partition.getValue()) {
                Color colour = index == 0 ? Palette.GROUP_A : Palette.GROUP_B;
                for (String name : group) {
                    Topology.Placed node = topology.find(name);
                    if (node == null) {
                        continue;
                    }
                    Point2D c = centre(node);
                    double x = c.getX() - boxWidth() / 2 - pad;
                    double y = c.getY() - boxHeight() / 2 - pad;
                    double w = boxWidth() + 2 * pad;
                    double h = boxHeight() + 2 * pad;
                    g.setFill(colour.deriveColor(0, 1, 1, 0.18));
                    g.fillRoundRect(x, y, w, h, 18, 18);
                    g.setStroke(colour);
                    g.setLineWidth(3);
                    g.setLineDashes(7, 5);
                    g.strokeRoundRect(x, y, w, h, 18, 18);
                    g.setLineDashes(null);
                }
                index++;
            }
        }
    }

    /** A thick red bar across the link at its middle; returns the middle, where its label belongs. */
    private Point2D drawCut(GraphicsContext g, Point2D a, Point2D b) {
        double mx = (a.getX() + b.getX()) / 2;
        double my = (a.getY() + b.getY()) / 2;
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double length = Math.max(1, Math.hypot(dx, dy));
        double nx = -dy / length * 26;
        double ny = dx / length * 26;
        g.setStroke(Palette.CUT);
        g.setLineWidth(8);
        g.setLineCap(StrokeLineCap.ROUND);
        g.strokeLine(mx - nx, my - ny, mx + nx, my + ny);
        return new Point2D(mx, my);
    }

    private static final Font CUT_FONT = Font.font("DejaVu Sans", FontWeight.BOLD, 16);

    /**
     * The word CUT once per cluster of cut links, over the boxes, each label on a white ground and
     * placed clear of the boxes and of the other labels ({@link LabelPlacer}).
     */
    private void drawCutLabels(GraphicsContext g, List<Point2D> cuts) {
        if (cuts.isEmpty()) {
            cutLabels = List.of();
            return;
        }
        Text probe = new Text("CUT");
        probe.setFont(CUT_FONT);
        double width = probe.getLayoutBounds().getWidth() + 10;
        double height = probe.getLayoutBounds().getHeight() + 4;
        cutLabels = LabelPlacer.place(cuts, width, height, boxBounds(), new Rectangle2D(0, 0, getWidth(), getHeight()));
        g.setFont(CUT_FONT);
        noteFont(CUT_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (Rectangle2D r : cutLabels) {
            g.setFill(Color.WHITE);
            g.fillRoundRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), 8, 8);
            g.setStroke(Palette.CUT);
            g.setLineWidth(2);
            g.strokeRoundRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), 8, 8);
            g.setFill(Palette.CUT);
            g.fillText("CUT", r.getMinX() + r.getWidth() / 2, r.getMinY() + r.getHeight() / 2);
        }
    }

    private void noteFont(Font font) {
        smallestCanvasFont = Math.min(smallestCanvasFont, font.getSize());
    }

    /**
     * The point a fraction {@code progress} of the way along the arrow between two components, in
     * either direction (a response runs back along its request's arrow); null when they are not linked.
     */
    private Point2D along(String from, String to, double progress) {
        List<Point2D> path = paths.get(from + "\n" + to);
        if (path != null) {
            return Paths.at(path, progress);
        }
        path = paths.get(to + "\n" + from);
        return path == null ? null : Paths.at(path, 1 - progress);
    }

    /** A filled arrowhead at {@code tip}, pointing away from {@code from}. */
    private void arrowhead(GraphicsContext g, Point2D from, Point2D tip, boolean cut) {
        double dx = tip.getX() - from.getX();
        double dy = tip.getY() - from.getY();
        double length = Math.max(1e-9, Math.hypot(dx, dy));
        double ux = dx / length;
        double uy = dy / length;
        double size = Math.max(7, 12 * scale);
        g.setFill(cut ? Palette.CUT : Palette.LINK);
        g.fillPolygon(new double[] {tip.getX(), tip.getX() - ux * size - uy * size / 2, tip.getX() - ux * size + uy * size / 2},
                new double[] {tip.getY(), tip.getY() - uy * size + ux * size / 2, tip.getY() - uy * size - ux * size / 2}, 3);
    }

    /** The first active partition that puts the two ends in different groups, or null. */
    static String severedBy(Map<String, List<List<String>>> partitions, String a, String b) {
        for (Map.Entry<String, List<List<String>>> partition : partitions.entrySet()) {
            List<List<String>> groups = partition.getValue();
            int ga = -1;
            int gb = -1;
            for (int i = 0; i < groups.size(); i++) {
                if (groups.get(i).contains(a)) {
                    ga = i;
                }
                if (groups.get(i).contains(b)) {
                    gb = i;
                }
            }
            if (ga >= 0 && gb >= 0 && ga != gb) {
                return partition.getKey();
            }
        }
        return null;
    }
}
