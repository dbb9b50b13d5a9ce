package org.distsim.reports.layout;

/**
 * How a renderer draws grid units: the size of a box and of the gaps beside and below it, the
 * padding around the whole, the room for layer headings over a stack, all in the renderer's own
 * units (SVG user units, JavaFX pixels at scale 1).
 *
 * @param boxWidth   a box's width
 * @param boxHeight  a box's height
 * @param gapX       the gap between two columns, where arrows run
 * @param gapY       the gap between two rows
 * @param padding    around the whole diagram
 * @param heading    the room above the first band of a stack for the layer headings
 */
public record Geometry(double boxWidth, double boxHeight, double gapX, double gapY, double padding,
        double heading) {

    public Geometry {
        if (!(boxWidth > 0 && boxHeight > 0 && gapX > 0 && gapY > 0 && padding >= 0 && heading >= 0)) {
            throw new IllegalArgumentException("box sizes and gaps must be positive");
        }
    }

    /** The left edge of grid column {@code x}. */
    public double left(double x) {
        return padding + x * (boxWidth + gapX);
    }

    /** The top edge of grid row {@code y}. */
    public double top(double y) {
        return padding + heading + y * (boxHeight + gapY);
    }

    /**
     * The width of a layout drawn this way, with the gap right of the last column: arrows that
     * come back into a box's right side (a call back, a replica's call within its column) run there.
     */
    public double width(Layout layout) {
        return 2 * padding + layout.width() * (boxWidth + gapX);
    }

    /** The height of a layout drawn this way. */
    public double height(Layout layout) {
        return 2 * padding + heading + layout.height() * (boxHeight + gapY) - gapY;
    }
}
