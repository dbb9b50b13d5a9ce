package org.distsim.ui.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
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
import javafx.scene.text.TextAlignment;
import org.distsim.core.facts.Layer;
import org.distsim.core.fault.Fault;
import org.distsim.ui.live.Command;
import org.distsim.ui.live.FlightKind;
import org.distsim.ui.live.NodeState;
import org.distsim.ui.live.Snapshot;
import org.distsim.ui.model.DotField;
import org.distsim.ui.model.NodeBadge;
import org.distsim.ui.model.Stacks;
import org.distsim.ui.model.Topology;

/**
 * The system as boxes in tiers, links between them, messages as dots on the links, and partitions
 * as a red cut across the links they sever with their groups outlined. Boxes are nodes of the scene
 * (clickable, with a context menu); links, dots and cuts are drawn on a canvas underneath.
 */
final class TopologyPane extends Pane {

    private static final double MARGIN = 16;
    private static final double HEADER = 30;

    private final Canvas canvas = new Canvas();
    private final Map<String, NodeBox> boxes = new LinkedHashMap<>();
    private final Consumer<String> onSelect;
    private final Consumer<Command> commands;
    private Topology topology;
    private Snapshot snapshot;
    private List<DotField.Dot> dots = List.of();
    /** Boxes shrink (never grow) when a column holds more of them than the height allows. */
    private double scale = 1;
    private static final double MIN_SCALE = 0.45;
    private static final double ROW_GAP = 10;
    private static final double STACK_GAP = 10;
    /** The least room between columns, for the links (and their dots) to be seen. */
    private static final double COLUMN_GAP = 70;
    private final Map<String, Point2D> centres = new LinkedHashMap<>();

    TopologyPane(Topology topology, Consumer<String> onSelect, Consumer<Command> commands) {
        this.onSelect = onSelect;
        this.commands = commands;
        setId("topology");
        getChildren().add(canvas);
        setMinSize(400, 250);
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
        requestLayout();
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
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        place();
        for (Topology.Placed node : topology.nodes()) {
            NodeBox box = boxes.get(node.name());
            Point2D centre = centre(node);
            box.resizeRelocate(centre.getX() - NodeBox.WIDTH / 2, centre.getY() - NodeBox.HEIGHT / 2,
                    NodeBox.WIDTH, NodeBox.HEIGHT);
            box.setScaleX(scale);
            box.setScaleY(scale);
        }
        draw();
    }

    /**
     * Places every box. A column that is too tall for one stack is wrapped into side-by-side
     * stacks, and boxes shrink (never grow) only as far as needed for every column to fit: a
     * dozen replicas stay legible instead of shrinking to a smear. Columns get the width their
     * stacks need, and the room left over is shared out evenly as space for the links.
     */
    private void place() {
        centres.clear();
        double width = Math.max(1, getWidth() - 2 * MARGIN);
        double height = Math.max(1, getHeight() - HEADER - MARGIN);
        List<List<Topology.Placed>> columns = new java.util.ArrayList<>();
        for (int c = 0; c < topology.columns(); c++) {
            int column = c;
            columns.add(topology.nodes().stream().filter(n -> n.column() == column)
                    .sorted(java.util.Comparator.comparingDouble(Topology.Placed::y)).toList());
        }
        scale = MIN_SCALE;
        for (double candidate = 1; candidate >= MIN_SCALE; candidate -= 0.01) {
            if (fits(columns, candidate, width, height)) {
                scale = candidate;
                break;
            }
        }
        int[] stacks = new int[columns.size()];
        double used = 0;
        for (int c = 0; c < columns.size(); c++) {
            stacks[c] = stacks(columns.get(c).size(), height);
            used += stacks[c] * boxWidth() + (stacks[c] - 1) * STACK_GAP * scale;
        }
        double spare = Math.max(0, width - used) / Math.max(1, columns.size());
        double left = MARGIN;
        for (int c = 0; c < columns.size(); c++) {
            List<Topology.Placed> members = columns.get(c);
            double columnWidth = stacks[c] * boxWidth() + (stacks[c] - 1) * STACK_GAP * scale + spare;
            double middle = left + columnWidth / 2;
            left += columnWidth;
            int rows = Stacks.rows(members.size(), stacks[c]);
            List<Stacks.Slot> slots = Stacks.wrap(members.stream().map(n -> Stacks.blockOf(topology, n)).toList(), stacks[c]);
            for (int i = 0; i < members.size(); i++) {
                Topology.Placed node = members.get(i);
                double x = middle;
                double y = HEADER + node.y() * height;
                if (stacks[c] > 1) {
                    Stacks.Slot slot = slots.get(i);
                    x += (slot.stack() - (stacks[c] - 1) / 2.0) * (boxWidth() + STACK_GAP * scale);
                    y = HEADER + (slot.row() + 0.5) * height / rows;
                }
                x = Math.max(MARGIN + boxWidth() / 2, Math.min(getWidth() - MARGIN - boxWidth() / 2, x));
                centres.put(node.name(), new Point2D(x, y));
            }
        }
    }

    /**
     * True when every column fits the height at {@code candidate} scale in at most four stacks,
     * and the stacks of all columns fit the width with a gap for links between columns.
     */
    private static boolean fits(List<List<Topology.Placed>> columns, double candidate, double width, double height) {
        double needed = 0;
        for (List<Topology.Placed> members : columns) {
            int rowsPerStack = (int) Math.floor((height + 1e-6) / ((NodeBox.HEIGHT + ROW_GAP) * candidate));
            if (rowsPerStack < 1) {
                return false;
            }
            int stacks = (members.size() + rowsPerStack - 1) / rowsPerStack;
            if (stacks > 4) {
                return false;
            }
            needed += Math.max(1, stacks) * (NodeBox.WIDTH + STACK_GAP) * candidate + COLUMN_GAP * candidate;
        }
        return needed <= width + 1e-6;
    }

    /** How many side-by-side stacks a column of {@code count} boxes needs at the current scale. */
    private int stacks(int count, double height) {
        int rowsPerStack = Math.max(1, (int) Math.floor((height + 1e-6) / (boxHeight() + ROW_GAP * scale)));
        return Math.max(1, Math.min(4, (count + rowsPerStack - 1) / rowsPerStack));
    }

    private double boxWidth() {
        return NodeBox.WIDTH * scale;
    }

    private double boxHeight() {
        return NodeBox.HEIGHT * scale;
    }

    private Point2D centre(Topology.Placed node) {
        Point2D centre = centres.get(node.name());
        return centre != null ? centre : new Point2D(MARGIN + node.x() * getWidth(), HEADER + node.y() * getHeight());
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (topology == null) {
            return;
        }
        drawTierHeaders(g);
        Map<String, List<List<String>>> partitions = snapshot == null ? Map.of() : snapshot.partitions();
        drawGroups(g, partitions);
        for (Topology.Link link : topology.links()) {
            Point2D[] ends = ends(link.from(), link.to());
            if (ends == null) {
                continue;
            }
            boolean cut = severed(partitions, link.from(), link.to());
            g.setLineCap(StrokeLineCap.ROUND);
            g.setStroke(cut ? Palette.CUT : Palette.LINK);
            g.setLineWidth(cut ? 3 : 3);
            g.setLineDashes(cut ? new double[] {10, 8} : null);
            g.strokeLine(ends[0].getX(), ends[0].getY(), ends[1].getX(), ends[1].getY());
            g.setLineDashes(null);
            if (cut) {
                drawCut(g, ends[0], ends[1]);
            }
        }
        for (DotField.Dot dot : dots) {
            Point2D[] ends = ends(dot.from(), dot.to());
            if (ends == null) {
                continue;
            }
            double x = ends[0].getX() + (ends[1].getX() - ends[0].getX()) * dot.progress();
            double y = ends[0].getY() + (ends[1].getY() - ends[0].getY()) * dot.progress();
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
    }

    private void drawTierHeaders(GraphicsContext g) {
        g.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 15));
        g.setFill(Palette.TIER);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        Layer previous = null;
        for (int column = 0; column < topology.columns(); column++) {
            int c = column;
            Topology.Placed first = topology.nodes().stream().filter(n -> n.column() == c).findFirst().orElse(null);
            if (first == null || first.layer() == previous) {
                continue;
            }
            previous = first.layer();
            g.fillText(first.layer().label().toUpperCase(Locale.ROOT), centre(first).getX(), 6);
        }
    }

    /** Each partition's groups outlined, first group blue, the others orange, with its name. */
    private void drawGroups(GraphicsContext g, Map<String, List<List<String>>> partitions) {
        double pad = 10;
        for (Map.Entry<String, List<List<String>>> partition : partitions.entrySet()) {
            int index = 0;
            for (List<String> group : partition.getValue()) {
                double minX = Double.MAX_VALUE;
                double minY = Double.MAX_VALUE;
                double maxX = -Double.MAX_VALUE;
                double maxY = -Double.MAX_VALUE;
                for (String name : group) {
                    Topology.Placed node = topology.find(name);
                    if (node == null) {
                        continue;
                    }
                    Point2D c = centre(node);
                    minX = Math.min(minX, c.getX() - boxWidth() / 2);
                    maxX = Math.max(maxX, c.getX() + boxWidth() / 2);
                    minY = Math.min(minY, c.getY() - boxHeight() / 2);
                    maxY = Math.max(maxY, c.getY() + boxHeight() / 2);
                }
                if (minX == Double.MAX_VALUE) {
                    continue;
                }
                Color colour = index == 0 ? Palette.GROUP_A : Palette.GROUP_B;
                g.setFill(colour.deriveColor(0, 1, 1, 0.08));
                g.fillRoundRect(minX - pad, minY - pad, maxX - minX + 2 * pad, maxY - minY + 2 * pad, 24, 24);
                g.setStroke(colour);
                g.setLineWidth(2);
                g.setLineDashes(6, 6);
                g.strokeRoundRect(minX - pad, minY - pad, maxX - minX + 2 * pad, maxY - minY + 2 * pad, 24, 24);
                g.setLineDashes(null);
                index++;
            }
        }
    }

    /** A thick red bar across the link at its middle, and the word "cut". */
    private void drawCut(GraphicsContext g, Point2D a, Point2D b) {
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
        g.setFill(Palette.CUT);
        g.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 16));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("CUT", mx + Math.abs(nx) * 0.4, Math.min(my - ny, my + ny) - 6);
    }

    /** Link end points on the facing sides of the two boxes. */
    private Point2D[] ends(String from, String to) {
        Topology.Placed a = topology.find(from);
        Topology.Placed b = topology.find(to);
        if (a == null || b == null) {
            return null;
        }
        Point2D ca = centre(a);
        Point2D cb = centre(b);
        if (a.column() == b.column()) {
            double sign = Math.signum(cb.getY() - ca.getY());
            return new Point2D[] {new Point2D(ca.getX(), ca.getY() + sign * boxHeight() / 2),
                new Point2D(cb.getX(), cb.getY() - sign * boxHeight() / 2)};
        }
        double sign = Math.signum(cb.getX() - ca.getX());
        return new Point2D[] {new Point2D(ca.getX() + sign * boxWidth() / 2, ca.getY()),
            new Point2D(cb.getX() - sign * boxWidth() / 2, cb.getY())};
    }

    /** True when an active partition puts the two ends in different groups. */
    static boolean severed(Map<String, List<List<String>>> partitions, String a, String b) {
        for (List<List<String>> groups : partitions.values()) {
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
                return true;
            }
        }
        return false;
    }
}
