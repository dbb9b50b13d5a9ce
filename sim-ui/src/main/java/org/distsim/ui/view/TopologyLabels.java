package org.distsim.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.distsim.reports.layout.Layout;
import org.distsim.ui.model.BranchPlaces;
import org.distsim.ui.model.LabelPlacer;
import org.distsim.ui.model.Topology;

/**
 * The words the topology draws over its boxes, on the canvas above them: the layer headings, a
 * CUT label per partition and design, the network links' bandwidth and load, and the shares and
 * conditions of branching links, each placed clear of the boxes, the arrowheads and the others. Remembers where the CUT labels went and the
 * smallest font it drew, for tests.
 */
final class TopologyLabels {

    private List<Rectangle2D> cutLabels = List.of();
    /** Every label placed since {@link #clear()}: the layer headings, the CUT labels, the cables' words, the branches' shares. */
    private final List<Rectangle2D> placed = new ArrayList<>();
    private List<Rectangle2D> arrowheads = List.of();
    /** The leader lines drawn since {@link #clear()}: each joins words placed off their link to it, from the link. */
    private final List<Point2D[]> leaders = new ArrayList<>();
    /** The branches' words since {@link #clear()} that neither touch their own link nor have a leader line to it. */
    private final List<String> detached = new ArrayList<>();
    /** The words of each cable drawn since {@link #clear()}, in the cables' order. */
    private final List<String> cableWords = new ArrayList<>();
    private double smallestFont = Double.MAX_VALUE;

    /** Forgets the last drawing's fonts and labels. */
    void clear() {
        smallestFont = Double.MAX_VALUE;
        cutLabels = List.of();
        arrowheads = List.of();
        placed.clear();
        cableWords.clear();
        leaders.clear();
        detached.clear();
    }

    /** The branches' words of the last drawing that neither touch their own link nor are joined to it. */
    List<String> detached() {
        return List.copyOf(detached);
    }

    /** The leader lines of the last drawing, each from the point of a link to the words placed off it. */
    List<Point2D[]> leaders() {
        return List.copyOf(leaders);
    }

    /** The words of each network link's cable at the last drawing, in the cables' order. */
    List<String> cableWords() {
        return List.copyOf(cableWords);
    }

    /** Every label placed at the last drawing (headings, CUT, cables, branches), in pane coordinates. */
    List<Rectangle2D> labels() {
        return List.copyOf(placed);
    }

    /** The CUT labels' places at the last drawing, in pane coordinates. */
    List<Rectangle2D> cutLabels() {
        return cutLabels;
    }

    /** The smallest font drawn since {@link #clear()}, in pane pixels; {@code Double.MAX_VALUE} when none. */
    double smallestFont() {
        return smallestFont;
    }

    /** The layer headings over the columns, left out when they would run into each other. */
    void headings(GraphicsContext g, Topology topology, double scale, double originX, double originY) {
        Font font = Font.font("DejaVu Sans", FontWeight.BOLD, Math.max(12, 14 * Math.min(1.2, scale)));
        // A column's pitch on screen: a heading wider than that would run into its neighbours
        // ("CLIENTSEDGESERVICES"), so at such a scale the headings are left out rather than garbled.
        double pitch = (topology.geometry().boxWidth() + topology.geometry().gapX()) * scale;
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
            double x = originX + (topology.geometry().left(heading.x()) + topology.geometry().boxWidth() / 2) * scale;
            String text = heading.label().toUpperCase(Locale.ROOT);
            g.fillText(text, x, originY - 3);
            probe.setText(text);
            double w = probe.getLayoutBounds().getWidth();
            double h = probe.getLayoutBounds().getHeight();
            placed.add(new Rectangle2D(x - w / 2, originY - 3 - h, w, h));
        }
    }

    /** Large enough to read at 1280x720, small enough that its label fits a gap between two columns of flat boxes. */
    private static final Font CUT_FONT = Font.font("DejaVu Sans", FontWeight.BOLD, 14);

    /**
     * The word CUT once per cluster of cut links, over the boxes, each label on a white ground and
     * placed clear of the boxes and of the other labels ({@link LabelPlacer}).
     */
    void cuts(GraphicsContext g, List<Point2D> cuts, List<Rectangle2D> boxes, Rectangle2D bounds) {
        if (cuts.isEmpty()) {
            cutLabels = List.of();
            return;
        }
        Text probe = new Text("CUT");
        probe.setFont(CUT_FONT);
        double width = probe.getLayoutBounds().getWidth() + 8;
        double height = probe.getLayoutBounds().getHeight() + 2;
        cutLabels = LabelPlacer.place(cuts, width, height, obstacles(boxes), bounds);
        placed.addAll(cutLabels);
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
        smallestFont = Math.min(smallestFont, font.getSize());
    }

    /**
     * The words of each network link's cable ({@link NetworkCables}) on a white ground: on the
     * cable, from its middle outwards, clear of the boxes, the arrowheads, the other cables and the
     * labels placed before; else beside it, joined to its middle by a leader line.
     */
    void cables(GraphicsContext g, List<NetworkCables.Words> cables, List<Rectangle2D> boxes,
            Map<String, List<Point2D>> paths, double scale, Rectangle2D bounds) {
        if (cables.isEmpty()) {
            return;
        }
        Font font = Font.font("DejaVu Sans", FontWeight.BOLD, Math.max(12, 12 * Math.min(1.3, scale)));
        Text probe = new Text();
        probe.setFont(font);
        g.setFont(font);
        noteFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (NetworkCables.Words words : cables) {
            List<Rectangle2D> taken = obstacles(boxes);
            cables.stream().filter(c -> c != words).forEach(c -> taken.add(c.cable()));
            probe.setText(words.text());
            double w = probe.getLayoutBounds().getWidth() + 8;
            double h = probe.getLayoutBounds().getHeight() + 2;
            List<Point2D> line = List.of(words.from(), words.to());
            Rectangle2D r = BranchPlaces.best(line, true, w, h, taken, List.copyOf(paths.values()), bounds);
            Point2D middle = words.from().midpoint(words.to());
            if (r == null) {
                r = apart(middle, w, h, taken, boxes, bounds);
                leader(g, middle, r);
            }
            placed.add(r);
            cableWords.add(words.text());
            g.setFill(Color.rgb(255, 255, 255, 0.92));
            g.fillRoundRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), 6, 6);
            g.setStroke(Palette.BRANCH_LABEL);
            g.setLineWidth(1);
            g.strokeRoundRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), 6, 6);
            g.setFill(Palette.BRANCH_LABEL);
            g.fillText(words.text(), r.getMinX() + r.getWidth() / 2, r.getMinY() + r.getHeight() / 2);
        }
    }

    /**
     * A place for words that cannot stand on their link: the nearest free one whose leader line
     * from {@code mark} crosses no box, else the nearest free one.
     */
    private static Rectangle2D apart(Point2D mark, double w, double h, List<Rectangle2D> taken, List<Rectangle2D> boxes,
            Rectangle2D bounds) {
        Rectangle2D r = LabelPlacer.placeOne(mark, w, h, taken, bounds, candidate -> {
            Point2D end = nearest(mark, candidate);
            return boxes.stream().noneMatch(box -> BranchPlaces.crossings(new Rectangle2D(box.getMinX() + 1,
                    box.getMinY() + 1, Math.max(0, box.getWidth() - 2), Math.max(0, box.getHeight() - 2)),
                    List.of(List.of(mark, end))) > 0);
        });
        return r != null ? r : LabelPlacer.place(List.of(mark), w, h, taken, bounds).get(0);
    }

    /** The point of a rectangle nearest to {@code mark}. */
    private static Point2D nearest(Point2D mark, Rectangle2D r) {
        return new Point2D(Math.max(r.getMinX(), Math.min(mark.getX(), r.getMaxX())),
                Math.max(r.getMinY(), Math.min(mark.getY(), r.getMaxY())));
    }

    /**
     * A line from the point of a link a label names to the nearest point of the label, with a dot
     * on the link and the label outlined: words that had to stand apart still belong to one link.
     */
    private void leader(GraphicsContext g, Point2D mark, Rectangle2D label) {
        Point2D end = nearest(mark, label);
        double x = end.getX();
        double y = end.getY();
        g.setStroke(Palette.BRANCH_LABEL);
        g.setLineWidth(1.5);
        g.strokeLine(mark.getX(), mark.getY(), x, y);
        g.strokeRoundRect(label.getMinX(), label.getMinY(), label.getWidth(), label.getHeight(), 6, 6);
        g.setFill(Palette.BRANCH_LABEL);
        g.fillOval(mark.getX() - 3, mark.getY() - 3, 6, 6);
        leaders.add(new Point2D[] {mark, new Point2D(x, y)});
    }

    /**
     * The share or condition of each link only some requests take ({@code 90%}, {@code on miss of
     * cache}), printed on its own link, on a white ground, as the docs' call-model figure prints them:
     * at the first place along the link, from the arrowhead back, that covers no box, no arrowhead,
     * no other label and as few other links as may be; else the nearest free place around the link's
     * last leg. Several arrows of one caller fan out through one gap, and a label put at each
     * arrowhead stacked their words over each other and over the arrowheads.
     */
    void branches(GraphicsContext g, List<Topology.Link> links, Map<String, List<Point2D>> paths, double scale,
            List<Rectangle2D> boxes, Rectangle2D bounds) {
        if (links.isEmpty()) {
            return;
        }
        Font font = Font.font("DejaVu Sans", FontWeight.NORMAL, Math.max(12, 12 * Math.min(1.3, scale)));
        Text probe = new Text();
        probe.setFont(font);
        List<Rectangle2D> taken = obstacles(boxes);
        g.setFont(font);
        noteFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (Topology.Link link : links) {
            List<Point2D> path = paths.get(link.from() + "\n" + link.to());
            probe.setText(link.label());
            double w = probe.getLayoutBounds().getWidth() + 4;
            double h = probe.getLayoutBounds().getHeight();
            Rectangle2D r = BranchPlaces.best(path, w, h, taken, others(paths, path), bounds);
            if (r == null) {
                Point2D[] leg = {path.get(path.size() - 2), path.get(path.size() - 1)};
                Point2D middle = leg[0].midpoint(leg[1]);
                r = apart(middle, w, h, taken, boxes, bounds);
                leader(g, middle, r);
            } else if (BranchPlaces.crossings(new Rectangle2D(r.getMinX() - 4, r.getMinY() - 4, r.getWidth() + 8,
                    r.getHeight() + 8), List.of(path)) == 0) {
                detached.add(link.label());
            }
            taken.add(r);
            placed.add(r);
            g.setFill(Color.rgb(255, 255, 255, 0.9));
            g.fillRoundRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), 6, 6);
            g.setFill(Palette.BRANCH_LABEL);
            g.fillText(link.label(), r.getMinX() + r.getWidth() / 2, r.getMinY() + r.getHeight() / 2);
        }
    }

    /** What no label may cover: the boxes, every arrowhead, and the labels placed so far. */
    private List<Rectangle2D> obstacles(List<Rectangle2D> boxes) {
        List<Rectangle2D> taken = new ArrayList<>(boxes);
        taken.addAll(arrowheads);
        taken.addAll(placed);
        return taken;
    }

    /** Every path but the given one. */
    private static List<List<Point2D>> others(Map<String, List<Point2D>> paths, List<Point2D> path) {
        return paths.values().stream().filter(p -> p != path).toList();
    }

    /** The size of an arrowhead, in pane pixels, at the drawing's scale: TopologyPane draws them so. */
    static double arrowheadSize(double scale) {
        return Math.max(7, 12 * scale);
    }

    /** The rectangles around the arrowheads at the last drawing, in pane coordinates. */
    List<Rectangle2D> arrowheads() {
        return arrowheads;
    }

    /** Notes where the arrowheads of every path are, as TopologyPane draws them: no label may cover one. */
    void arrowheads(Map<String, List<Point2D>> paths, double scale) {
        List<Rectangle2D> heads = new ArrayList<>();
        double size = arrowheadSize(scale);
        for (List<Point2D> path : paths.values()) {
            Point2D tip = path.get(path.size() - 1);
            Point2D from = path.get(path.size() - 2);
            Point2D unit = tip.subtract(from).normalize();
            Point2D base = tip.subtract(unit.multiply(size));
            Point2D side = new Point2D(-unit.getY(), unit.getX()).multiply(size / 2);
            Point2D p = base.add(side);
            Point2D q = base.subtract(side);
            double minX = Math.min(tip.getX(), Math.min(p.getX(), q.getX()));
            double minY = Math.min(tip.getY(), Math.min(p.getY(), q.getY()));
            double maxX = Math.max(tip.getX(), Math.max(p.getX(), q.getX()));
            double maxY = Math.max(tip.getY(), Math.max(p.getY(), q.getY()));
            heads.add(new Rectangle2D(minX, minY, maxX - minX, maxY - minY));
        }
        arrowheads = List.copyOf(heads);
    }
}
