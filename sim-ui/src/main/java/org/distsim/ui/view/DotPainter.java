package org.distsim.ui.view;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.distsim.ui.live.FlightKind;
import org.distsim.ui.model.DotField;

/**
 * Draws the messages in flight as dots on the topology's canvas: a request or response as a filled
 * circle with a white ring, a dropped message as a cross, in the colours of {@link Palette}. All the
 * dots of a frame are strokes and fills on the one canvas, never a scene node each: with software
 * rendering every node costs the renderer a pass of its own, and a heavy run starts a hundred dots.
 */
final class DotPainter {

    /** A request's or response's radius, and the radius of any other message's dot, in pane pixels. */
    private static final double RADIUS = 7;
    private static final double SMALL_RADIUS = 4;

    private DotPainter() {
    }

    /**
     * Draws {@code dots} where {@code place} puts them (null: the dot's link is not drawn, so the
     * dot is not either).
     */
    static void draw(GraphicsContext g, List<DotField.Dot> dots, Function<DotField.Dot, Point2D> place) {
        for (DotField.Dot dot : dots) {
            Point2D at = place.apply(dot);
            if (at == null) {
                continue;
            }
            double x = at.getX();
            double y = at.getY();
            double r = dot.kind() == FlightKind.OTHER ? SMALL_RADIUS : RADIUS;
            if (dot.kind() == FlightKind.DROPPED) {
                g.setStroke(Palette.DROPPED);
                g.setLineWidth(3);
                g.strokeLine(x - r, y - r, x + r, y + r);
                g.strokeLine(x - r, y + r, x + r, y - r);
            } else {
                g.setFill(Palette.of(dot.kind()));
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.setStroke(Color.WHITE);
                g.setLineWidth(1.5);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }
}
