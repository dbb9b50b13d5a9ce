package org.distsim.ui.model;

import org.distsim.reports.layout.Geometry;

/**
 * How much a box of the live view's topology holds, and so its size. The window's topology area
 * at 1280x720 is about eight times as wide as it is tall: a scenario of one or two short designs
 * has room for the full box, one of three designs for two lines per box, one of eight designs only
 * for one line. {@link Topology#of} chooses the shape once, for the reference area, so that a room
 * reads the boxes; a larger window only scales the picture.
 */
public enum BoxShape {

    /** Name and type, status, and two rows of headline figures. */
    FULL(new Geometry(204, 106, 64, 22, 0, 22), 12, 0.5),
    /** Name over status. */
    TWO_LINES(new Geometry(230, 54, 56, 10, 0, 14), 18, 0.3),
    /** Name and status on one line: a row per design even for eight designs. */
    ONE_LINE(new Geometry(260, 30, 52, 4, 0, 6), 19, 0.15);

    private final Geometry geometry;
    private final double smallestFont;
    private final double bandGap;

    BoxShape(Geometry geometry, double smallestFont, double bandGap) {
        this.geometry = geometry;
        this.smallestFont = smallestFont;
        this.bandGap = bandGap;
    }

    /**
     * The gap between two designs, in rows: half a row of a full box, less for a flat box, where
     * half a row between designs of one row each took a third of the height.
     */
    public double bandGap() {
        return bandGap;
    }

    /** The box's size and the gaps, in pixels at scale 1, at the shape's usual width. */
    public Geometry geometry() {
        return geometry;
    }

    /**
     * The geometry with boxes wide enough for the longest name of a topology and a status beside or
     * under it ("saturated", "slowed x3"), so a status is rarely cut; a full box keeps its width.
     * Widths are estimated from the character count at the shape's font (bold DejaVu Sans runs
     * about {@value #EM} of the font size a character), never below the usual width's three quarters.
     */
    public Geometry geometry(int longestName) {
        double width = switch (this) {
            case FULL -> geometry.boxWidth();
            case TWO_LINES -> Math.max(longestName, STATUS_CHARS) * EM * 20 + CHROME;
            case ONE_LINE -> (longestName + 1 + STATUS_CHARS) * EM * smallestFont + CHROME;
        };
        width = Math.max(geometry.boxWidth() * 0.75, Math.min(MAX_WIDTH, Math.ceil(width)));
        return new Geometry(width, geometry.boxHeight(), geometry.gapX(), geometry.gapY(), geometry.padding(),
                geometry.heading());
    }

    /** The characters a status is given room for ("saturated", "slowed x3"; a longer one elides). */
    static final int STATUS_CHARS = 9;
    static final double EM = 0.64;
    private static final double CHROME = 24;
    private static final double MAX_WIDTH = 440;

    /** The smallest font a box of this shape draws, in pixels at scale 1. */
    public double smallestFont() {
        return smallestFont;
    }
}
