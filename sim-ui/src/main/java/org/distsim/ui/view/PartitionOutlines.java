package org.distsim.ui.view;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.distsim.ui.model.Topology;

/**
 * Each partition's sides on the topology's canvas, first group blue, the others orange: every
 * member's own box (or its cell of a tier's box) outlined, not the rectangle around a group, which
 * took in boxes of the other side whenever the sides' members were interleaved in the layout.
 */
final class PartitionOutlines {

    private PartitionOutlines() {
    }

    /**
     * @param scale   the drawing's scale, which bounds the ring's width
     * @param outline where a component is drawn (its box, or its cell of a tier's box), in pane
     *                coordinates; null when it is not drawn
     */
    static void draw(GraphicsContext g, Topology topology, double scale, Map<String, List<List<String>>> partitions,
            Function<Topology.Placed, Rectangle2D> outline) {
        // Within the gap between rows, however flat the boxes: a wider ring ran into the charts below.
        double pad = Math.min(7 * Math.min(1, scale) + 2, 0.6 * topology.geometry().gapY() * scale + 2);
        for (Map.Entry<String, List<List<String>>> partition : partitions.entrySet()) {
            int index = 0;
            for (List<String> group : partition.getValue()) {
                Color colour = index == 0 ? Palette.GROUP_A : Palette.GROUP_B;
                for (String name : group) {
                    Topology.Placed node = topology.find(name);
                    Rectangle2D r = node == null ? null : outline.apply(node);
                    if (r == null) {
                        continue;
                    }
                    double x = r.getMinX() - pad;
                    double y = r.getMinY() - pad;
                    double w = r.getWidth() + 2 * pad;
                    double h = r.getHeight() + 2 * pad;
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
}
