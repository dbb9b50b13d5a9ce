package org.distsim.ui.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.transform.Scale;
import org.distsim.core.fault.Fault;
import org.distsim.reports.layout.Layout;
import org.distsim.reports.layout.Router;
import org.distsim.ui.live.Command;
import org.distsim.ui.live.NodeState;
import org.distsim.ui.live.Snapshot;
import org.distsim.ui.model.DotField;
import org.distsim.ui.model.NodeBadge;
import org.distsim.ui.model.Paths;
import org.distsim.ui.model.Topology;

/**
 * The system as boxes in tiers, links between them, messages as dots on the links, and partitions
 * as a red cut across the links they sever with their groups outlined. Boxes are nodes of the scene
 * (clickable, with a context menu); links, dots, cuts and the words (layer headings, CUT) are
 * drawn on one canvas over the boxes, with each box's place cleared before the words are drawn,
 * so the boxes show through as if the drawing lay beneath them and no box hides a word. One
 * canvas, not one under the boxes and one over them: with software rendering each canvas the
 * size of the pane costs the renderer a full-size image every frame the dots move (about 5 ms
 * at 1920x1080). The layout is the one {@link Topology#of} computed, scaled as a whole to the pane.
 */
final class TopologyPane extends Pane {

    /** Room left and right of the drawing, below it, and above it for the layer headings. */
    private static final double MARGIN = 12;
    private static final double BOTTOM = 8;
    private static final double HEADER = 22;

    /** Drawn over the boxes: links, partitions, dots, then, with the boxes' places cleared, the words. */
    private final Canvas canvas = new Canvas();
    /**
     * How many device pixels one layout pixel of this pane covers (the window's zoom): the canvases
     * are that much larger and scaled back down, so a zoomed view draws sharp lines and text
     * rather than a magnified bitmap.
     */
    private double renderScale = 1;
    /** The words over the boxes: headings, CUT labels, branching links' shares. */
    private final TopologyLabels words = new TopologyLabels();
    /** Every drawn box by its name: a component's {@link NodeBox}, or a tier's {@link TierBox}. */
    private final Map<String, javafx.scene.layout.Region> boxes = new LinkedHashMap<>();
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
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
        // Small enough that the charts and the legend below keep their full height at 1280x720.
        setMinSize(300, 120);
        setTopology(topology);
    }

    void setTopology(Topology next) {
        topology = next;
        for (Layout.Box drawn : next.layout().boxes()) {
            boxes.computeIfAbsent(drawn.name(), name -> {
                List<String> members = next.tiers().get(name);
                javafx.scene.layout.Region box = members == null ? nodeBox(next.find(name), next)
                        : tierBox(name, drawn.component().type(), members, next);
                getChildren().add(box);
                return box;
            });
        }
        canvas.toFront();
        requestLayout();
    }

    private NodeBox nodeBox(Topology.Placed node, Topology next) {
        String name = node.name();
        NodeBox box = new NodeBox(name, node.type(), next.shape(), next.geometry());
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
        return box;
    }

    /** A tier's box: a click on a member's cell selects the member, a right press opens its menu. */
    private TierBox tierBox(String name, String type, List<String> members, Topology next) {
        Map<String, ContextMenu> menus = new LinkedHashMap<>();
        for (String member : members) {
            menus.put(member, menu(next.find(member)));
        }
        TierBox[] box = new TierBox[1];
        box[0] = new TierBox(name, type, members, next.shape(), next.geometry(), (member, event) -> {
            boolean press = event.getEventType() == javafx.scene.input.MouseEvent.MOUSE_PRESSED;
            if (!press && event.getButton() == MouseButton.PRIMARY) {
                onSelect.accept(member);
                event.consume();
            } else if (press && event.getButton() == MouseButton.SECONDARY) {
                onSelect.accept(member);
                menus.get(member).show(box[0], event.getScreenX(), event.getScreenY());
                event.consume();
            }
        });
        return box[0];
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
        return words.cutLabels();
    }

    /** Every box's place in pane coordinates, as drawn (scaled about its centre). */
    List<Rectangle2D> boxBounds() {
        return boxes.keySet().stream().map(this::boxRectangle).toList();
    }

    /** The words of the last drawing: where its labels and arrowheads went. */
    TopologyLabels words() {
        return words;
    }

    /** A drawn box's place in pane coordinates, or null when there is no box of that name. */
    private Rectangle2D boxRectangle(String name) {
        javafx.scene.layout.Region box = boxes.get(name);
        if (box == null) {
            return null;
        }
        var b = box.getBoundsInParent();
        return new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    /** The smallest font size drawn on the canvases at the last drawing, in pane pixels. */
    double smallestCanvasFont() {
        return words.smallestFont();
    }

    Topology topology() {
        return topology;
    }

    /**
     * The smallest text the topology shows, in pane pixels, and its words: every visible label of
     * every box at the scale the box is drawn at, and the canvases' words. What a room reads is
     * this times the window's zoom.
     */
    SmallestText smallestText() {
        return SmallestText.of(getChildrenUnmodifiable(), words.smallestFont());
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
            javafx.scene.layout.Region box = boxes.get(topology.boxOf(state.name()));
            if (box instanceof NodeBox node) {
                node.show(NodeBadge.of(state), NodeBadge.load(state));
                node.setSelected(state.name().equals(selected));
            } else if (box instanceof TierBox tier) {
                tier.show(state.name(), NodeBadge.of(state), NodeBadge.load(state));
            }
        }
        for (javafx.scene.layout.Region box : boxes.values()) {
            if (box instanceof TierBox tier) {
                tier.setSelected(selected);
            }
        }
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.ceil(getWidth() * renderScale));
        canvas.setHeight(Math.ceil(getHeight() * renderScale));
        // Only when it changes: a new transform each layout pass marks the pane dirty again.
        Scale shrink = (Scale) canvas.getTransforms().get(0);
        if (shrink.getX() != 1 / renderScale) {
            shrink.setX(1 / renderScale);
            shrink.setY(1 / renderScale);
        }
        // The layout was computed once (Topology.of); the window's size only scales it.
        place();
        double width = topology.geometry().boxWidth();
        double height = topology.geometry().boxHeight();
        for (Layout.Box drawn : topology.layout().boxes()) {
            javafx.scene.layout.Region box = boxes.get(drawn.name());
            Point2D centre = centre(drawn.name());
            box.resizeRelocate(centre.getX() - width / 2, centre.getY() - height / 2, width, height);
            box.setScaleX(scale);
            box.setScaleY(scale);
        }
        draw();
    }

    /**
     * The least height at which the drawing, in a pane {@code width} wide, is as large as the width
     * lets it be: any taller and the pane only adds empty room above and below it.
     */
    double heightToFill(double width) {
        double drawingWidth = topology.geometry().width(topology.layout());
        double drawingHeight = topology.geometry().height(topology.layout());
        double widthBound = Math.min(Topology.MAX_SCALE, Math.max(1, width - 2 * MARGIN) / drawingWidth);
        return HEADER + BOTTOM + drawingHeight * widthBound;
    }

    /**
     * Scales the layout as a whole to the pane, keeping its shape and centring it, and maps every
     * arrow's path into the pane.
     */
    private void place() {
        double width = Math.max(1, getWidth() - 2 * MARGIN);
        double height = Math.max(1, getHeight() - HEADER - BOTTOM);
        double drawingWidth = topology.geometry().width(topology.layout());
        double drawingHeight = topology.geometry().height(topology.layout());
        scale = Math.min(Topology.MAX_SCALE, Math.min(width / drawingWidth, height / drawingHeight));
        originX = MARGIN + (width - drawingWidth * scale) / 2;
        originY = HEADER + (height - drawingHeight * scale) / 2;
        paths.clear();
        for (Router.Route route : topology.routes()) {
            List<Point2D> points = route.points().stream()
                    .map(p -> new Point2D(originX + p.x() * scale, originY + p.y() * scale)).toList();
            paths.put(route.arrow().from() + "\n" + route.arrow().to(), points);
        }
    }

    /** The centre of the named box (a component's or a tier's) in pane coordinates. */
    private Point2D centre(String boxName) {
        Layout.Box box = topology.layout().box(boxName);
        var g = topology.geometry();
        return new Point2D(originX + (g.left(box.x()) + g.boxWidth() / 2) * scale,
                originY + (g.top(box.y()) + g.boxHeight() / 2) * scale);
    }

    /**
     * Where a component is outlined when its side of a partition is drawn: its box, or its cell of
     * its tier's box; null when it has neither.
     */
    private Rectangle2D outline(Topology.Placed node) {
        javafx.scene.layout.Region box = boxes.get(node.box());
        if (box == null) {
            return null;
        }
        var b = box instanceof TierBox tier ? tier.cellBounds(node.name()) : box.getBoundsInParent();
        return b == null ? null : new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setTransform(renderScale, 0, 0, renderScale, 0, 0);
        words.clear();
        if (topology == null) {
            return;
        }
        // One CUT label per partition and design: the links one partition cuts within a design meet
        // in one gap, and a label each stacked the words over one another.
        Map<String, Point2D> cuts = new LinkedHashMap<>();
        List<Topology.Link> branching = new java.util.ArrayList<>();
        Map<String, List<List<String>>> partitions = snapshot == null ? Map.of() : snapshot.partitions();
        PartitionOutlines.draw(g, topology, scale, partitions, this::outline);
        List<NetworkCables.Words> cables = NetworkCables.draw(g, topology, this::boxRectangle, snapshot, partitions,
                scale);
        for (Topology.Link link : topology.links()) {
            List<Point2D> path = paths.get(link.from() + "\n" + link.to());
            if (path == null) {
                continue;
            }
            String cutBy = Severed.by(partitions, members(link.from()), members(link.to()));
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
            if (link.branching()) {
                branching.add(link);
            }
            if (cut) {
                Point2D[] middle = Paths.middle(path);
                Point2D mark = drawCut(g, middle[0], middle[1]);
                cuts.putIfAbsent(cutBy + "\n" + topology.layout().box(link.from()).band(), mark);
            }
        }
        DotPainter.draw(g, dots, dot -> along(dot.from(), dot.to(), dot.progress()));
        // What lies under a box is hidden by it, as when the drawing was a canvas beneath the boxes.
        for (javafx.scene.layout.Region box : boxes.values()) {
            if (!box.isVisible()) {
                continue;
            }
            var b = box.localToParent(box.getLayoutBounds());
            g.clearRect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
        }
        words.headings(g, topology, scale, originX, originY);
        Rectangle2D bounds = new Rectangle2D(0, 0, getWidth(), getHeight());
        List<Rectangle2D> drawn = boxBounds();
        words.arrowheads(paths, scale);
        words.cuts(g, List.copyOf(cuts.values()), drawn, bounds);
        words.cables(g, cables, drawn, paths, scale, bounds);
        words.branches(g, branching, paths, scale, drawn, bounds);
    }

    /** A thick red bar across the link at its middle; returns the middle, where its label belongs. */
    private Point2D drawCut(GraphicsContext g, Point2D a, Point2D b) {
        double mx = (a.getX() + b.getX()) / 2;
        double my = (a.getY() + b.getY()) / 2;
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double length = Math.max(1, Math.hypot(dx, dy));
        // Shorter where the link runs close to the pane's edge (an arrow above the top row): a bar
        // cut off by the edge no longer read as a cut.
        double half = Math.max(6, Math.min(26, Math.min(Math.min(mx, getWidth() - mx), Math.min(my, getHeight() - my)) - 5));
        double nx = -dy / length * half;
        double ny = dx / length * half;
        g.setStroke(Palette.CUT);
        g.setLineWidth(8);
        g.setLineCap(StrokeLineCap.ROUND);
        g.strokeLine(mx - nx, my - ny, mx + nx, my + ny);
        return new Point2D(mx, my);
    }

    /**
     * The point a fraction {@code progress} of the way along the arrow between two components, in
     * either direction (a response runs back along its request's arrow); null when they are not linked.
     */
    private Point2D along(String fromName, String toName, double progress) {
        // A message to or from a tier's member runs along its tier's arrow.
        String from = topology.boxOf(fromName);
        String to = topology.boxOf(toName);
        if (from == null || to == null || from.equals(to)) {
            return null;
        }
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
        double size = TopologyLabels.arrowheadSize(scale);
        g.setFill(cut ? Palette.CUT : Palette.LINK);
        g.fillPolygon(new double[] {tip.getX(), tip.getX() - ux * size - uy * size / 2, tip.getX() - ux * size + uy * size / 2},
                new double[] {tip.getY(), tip.getY() - uy * size + ux * size / 2, tip.getY() - uy * size - ux * size / 2}, 3);
    }

    /** The components drawn in the named box: a tier's members, or the one component. */
    private List<String> members(String boxName) {
        return topology.tiers().getOrDefault(boxName, List.of(boxName));
    }
}
