package org.distsim.reports.layout;

import java.util.List;
import org.distsim.core.facts.Component;
import org.distsim.core.facts.Link;
import org.distsim.core.facts.Topology;

/**
 * Where every box of a topology goes, in grid units: one unit is one box plus the gap after it, in
 * each direction. Columns and rows are whole numbers inside a band; a stack of bands starts at a
 * fractional column when bands are packed side by side.
 *
 * @param boxes     every component of the topology, in its order
 * @param arrows    the links to draw, each (from, to) pair once, in the topology's order
 * @param bands     the bands, top to bottom within each stack, stacks left to right
 * @param headings  a layer heading over the first column of each layer in each stack
 * @param width     the grid's width in columns (the right edge of the last column)
 * @param height    the grid's height in rows (the bottom edge of the lowest band)
 */
public record Layout(List<Box> boxes, List<Arrow> arrows, List<Band> bands, List<Heading> headings, double width,
        double height) {

    /**
     * One box: the component, its band, and its top-left corner in grid units.
     *
     * @param component  the component drawn
     * @param band       the index of its band in {@link #bands()}
     * @param x          its column (fractional only by the offset of its stack)
     * @param y          its row (the band's top plus a whole number)
     */
    public record Box(Component component, int band, double x, double y) {

        public String name() {
            return component.name();
        }
    }

    /**
     * An arrow from one box to another: {@code kind} says whether it carries requests or names a
     * member, {@code via} the knob it is written in ({@code backends}, {@code calls}), {@code label}
     * which requests take it when only some do ({@code 30%}, {@code on miss of cache}), else empty.
     */
    public record Arrow(String from, String to, Link.Kind kind, String via, String label) {

        /** An arrow every request takes. */
        public Arrow(String from, String to, Link.Kind kind, String via) {
            this(from, to, kind, via, "");
        }
    }

    /**
     * A band: components wired to each other and to nothing else (one design of a comparison).
     *
     * @param x       its left edge, in columns
     * @param y       its top edge, in rows
     * @param width   in columns
     * @param height  in rows
     */
    public record Band(double x, double y, double width, double height) {
    }

    /**
     * The layer over the column {@code x} (in grid units) of a stack whose top is {@code y}: a
     * layer's name ({@code edge}), or several joined by a slash when a column mixes them.
     */
    public record Heading(String label, double x, double y) {
    }

    public Layout {
        boxes = List.copyOf(boxes);
        arrows = List.copyOf(arrows);
        bands = List.copyOf(bands);
        headings = List.copyOf(headings);
    }

    /**
     * The layout of a topology, its bands packed into as many side-by-side stacks as make the
     * drawing, at the given geometry, closest to {@code aspect} times as tall as it is wide (a
     * report page about 0.6, a live view's pane whatever shape it has). The bands themselves, and
     * every box within them, are the same at any aspect: only the number of stacks changes.
     */
    public static Layout of(Topology topology, Geometry geometry, double aspect) {
        return of(topology, geometry, aspect, Layering.MAX_ROWS);
    }

    /**
     * The same with at most {@code maxRows} boxes in one column of a band before the column wraps
     * into side-by-side stacks: a live view on a 16:9 screen wants a dozen app servers as three
     * columns of four, not one column twelve boxes tall.
     */
    public static Layout of(Topology topology, Geometry geometry, double aspect, int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("a column holds at least one box: " + maxRows);
        }
        return Packing.pack(Layering.bands(topology, maxRows), topology, geometry, aspect);
    }

    /** The same boxes, bands and headings with these arrows (a viewer adds links traffic reveals, moving no box). */
    public Layout withArrows(List<Arrow> arrows) {
        return new Layout(boxes, arrows, bands, headings, width, height);
    }

    /** The box of the named component, or null. */
    public Box box(String name) {
        for (Box box : boxes) {
            if (box.name().equals(name)) {
                return box;
            }
        }
        return null;
    }
}
