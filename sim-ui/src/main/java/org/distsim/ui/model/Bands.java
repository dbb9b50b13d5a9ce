package org.distsim.ui.model;

import java.util.ArrayList;
import java.util.List;
import org.distsim.reports.layout.Layout;

/** The designs (bands) of a one-stack layout moved closer together or further apart. */
final class Bands {

    private Bands() {
    }

    /**
     * The layout with {@code gap} rows between consecutive bands: every box and band of band i moves
     * up or down by the same amount, so nothing within a design changes. The layout is one stack
     * ({@link Topology#of} asks for one), bands top to bottom in order.
     */
    static Layout spaced(Layout layout, double gap) {
        List<Layout.Band> bands = layout.bands();
        double[] shift = new double[bands.size()];
        double y = 0;
        List<Layout.Band> moved = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            Layout.Band band = bands.get(i);
            shift[i] = y - band.y();
            moved.add(new Layout.Band(band.x(), y, band.width(), band.height()));
            y += band.height() + gap;
        }
        List<Layout.Box> boxes = new ArrayList<>();
        for (Layout.Box box : layout.boxes()) {
            boxes.add(new Layout.Box(box.component(), box.band(), box.x(), box.y() + shift[box.band()]));
        }
        double height = bands.isEmpty() ? layout.height() : Math.max(1, y - gap);
        return new Layout(boxes, layout.arrows(), moved, layout.headings(), layout.width(), height);
    }
}
