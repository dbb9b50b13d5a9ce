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
import org.distsim.ui.model.LabelPlacer;
import org.distsim.ui.model.Topology;

/**
 * The words the topology draws over its boxes, on the canvas above them: the layer headings, a
 * CUT label per partition and design, and the shares and conditions of branching links, each
 * placed clear of the boxes and of the others. Remembers where the CUT labels went and the
 * smallest font it drew, for tests.
 */
final class TopologyLabels {

    private List<Rectangle2D> cutLabels = List.of();
    private double smallestFont = Double.MAX_VALUE;

    /** Forgets the last drawing's fonts and labels. */
    void clear() {
        smallestFont = Double.MAX_VALUE;
        cutLabels = List.of();
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
            g.fillText(heading.label().toUpperCase(Locale.ROOT), x, originY - 3);
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
        cutLabels = LabelPlacer.place(cuts, width, height, boxes, bounds);
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
     * The share or condition of each link only some requests take ({@code 90%}, {@code on miss of
     * cache}), printed on the link near the arrowhead's last leg as the docs' call-model figure
     * prints them, on a white ground, clear of the boxes, of the CUT labels and of each other.
     */
    void branches(GraphicsContext g, List<Topology.Link> links, Map<String, List<Point2D>> paths, double scale,
            List<Rectangle2D> boxes, Rectangle2D bounds) {
        if (links.isEmpty()) {
            return;
        }
        Font font = Font.font("DejaVu Sans", FontWeight.NORMAL, Math.max(12, 12 * Math.min(1.3, scale)));
        Text probe = new Text();
        probe.setFont(font);
        List<Rectangle2D> taken = new ArrayList<>(boxes);
        taken.addAll(cutLabels);
        g.setFont(font);
        noteFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (Topology.Link link : links) {
            List<Point2D> path = paths.get(link.from() + "\n" + link.to());
            probe.setText(link.label());
            double w = probe.getLayoutBounds().getWidth() + 4;
            double h = probe.getLayoutBounds().getHeight();
            // On the line just before the arrowhead, where the arrows of one caller have fanned
            // apart; near it, clear of boxes and labels, when that place is taken.
            Point2D a = path.get(path.size() - 2);
            Point2D b = path.get(path.size() - 1);
            double toward = Math.signum(b.getX() - a.getX());
            double centre = b.getX() - toward * (w / 2 + Math.max(7, 12 * scale) + 1);
            Rectangle2D r = new Rectangle2D(centre - w / 2, b.getY() - h / 2, w, h);
            // In a narrow gap it may cover the arrowhead rather than the caller's box.
            for (Rectangle2D box : boxes) {
                if (box.intersects(r) && box.getMaxX() < b.getX() && toward > 0) {
                    r = new Rectangle2D(box.getMaxX() + 1, r.getMinY(), w, h);
                }
            }
            if (taken.stream().anyMatch(r::intersects) || !bounds.contains(r)) {
                Point2D mark = new Point2D((a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2);
                r = LabelPlacer.place(List.of(mark), w, h, taken, bounds).get(0);
            }
            taken.add(r);
            g.setFill(Color.rgb(255, 255, 255, 0.9));
            g.fillRoundRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), 6, 6);
            g.setFill(Palette.BRANCH_LABEL);
            g.fillText(link.label(), r.getMinX() + r.getWidth() / 2, r.getMinY() + r.getHeight() / 2);
        }
    }
}
