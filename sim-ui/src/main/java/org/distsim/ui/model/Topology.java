package org.distsim.ui.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.facts.Component;
import org.distsim.core.facts.Layer;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioFacts;
import org.distsim.reports.layout.Geometry;
import org.distsim.reports.layout.Layout;
import org.distsim.reports.layout.Router;

/**
 * The scenario's components where the live view draws them: the {@link Layout} the HTML report
 * draws too (bands of designs, columns that follow the requests, a group's members right of their
 * group, the scenario's {@code layout:} pins), plus the links traffic reveals while the run goes on
 * (replicas talking to each other), which are drawn but never move a box: a relayout in the middle
 * of a demonstration would lose the audience.
 */
public final class Topology {

    /**
     * The live view's box size and gaps, in pixels at scale 1. The room above the first row holds the arrows that
     * run above a design's first row, which otherwise ran through the layer headings.
     */
    public static final Geometry GEOMETRY = new Geometry(204, 106, 64, 22, 0, 22);

    /**
     * A component and where it goes.
     *
     * @param column  its grid column, 0 the leftmost
     * @param x       the centre of its box, as a fraction of the drawing's width
     * @param y       the centre of its box, as a fraction of the drawing's height
     * @param group   the group node whose member it is, or null
     */
    public record Placed(String name, String type, boolean workload, Layer layer, int column, double x, double y,
            String group) {
    }

    /**
     * A caller and a callee; {@code label} says which requests take the link when only some do
     * ({@code 30%}, {@code on miss of cache}), and is empty otherwise.
     */
    public record Link(String from, String to, String label) {

        /** A link every request takes. */
        public Link(String from, String to) {
            this(from, to, "");
        }

        /** Whether only some requests take the link: the view draws it dashed. */
        public boolean branching() {
            return !label.isEmpty();
        }

        public boolean joins(String a, String b) {
            return from.equals(a) && to.equals(b) || from.equals(b) && to.equals(a);
        }
    }

    /**
     * The shape, height over width, of the topology area the layout is chosen for once: the area
     * of a 1280x720 window (and so of presentation mode at any size), about a sixth as tall as it
     * is wide. Larger windows show more height; the drawing then only grows.
     */
    public static final double REFERENCE_ASPECT = 0.17;
    /** The most boxes a column of one design holds before it wraps, and the least it wraps at. */
    static final int MAX_ROWS = 12;
    static final int MIN_ROWS = 1;
    /** An aspect so tall that the packing keeps every design in one stack: design i is row i. */
    private static final double ONE_STACK = 1e9;

    private final Layout layout;
    private final List<Placed> nodes;
    private final Map<String, Placed> byName = new LinkedHashMap<>();
    private final List<Link> links;
    private final List<Router.Route> routes;

    private Topology(Layout layout) {
        this.layout = layout;
        double width = GEOMETRY.width(layout);
        double height = GEOMETRY.height(layout);
        List<Placed> placed = new ArrayList<>();
        for (Layout.Box box : layout.boxes()) {
            Component c = box.component();
            Placed node = new Placed(c.name(), c.type(), c.isWorkload(), c.layer(), (int) Math.round(box.x()),
                    (GEOMETRY.left(box.x()) + GEOMETRY.boxWidth() / 2) / width,
                    (GEOMETRY.top(box.y()) + GEOMETRY.boxHeight() / 2) / height, c.group());
            placed.add(node);
            byName.put(node.name(), node);
        }
        this.nodes = List.copyOf(placed);
        this.links = layout.arrows().stream().map(a -> new Link(a.from(), a.to(), a.label())).toList();
        this.routes = Router.routes(layout, GEOMETRY);
    }

    /** The boxes and arrows, in grid units. */
    public Layout layout() {
        return layout;
    }

    /** The layout of a scenario: its topology's components and links, placed where its {@code layout:} says. */
    public static Topology of(Scenario scenario) {
        return of(ScenarioFacts.topology(scenario));
    }

    /**
     * The layout of a run's topology, computed once for every window size: the designs (bands) one
     * under the other in the topology's order, so design i is row i, and a tier with many boxes (a
     * dozen app servers, six shards) wrapped into as many columns as make the drawing largest in
     * an area of {@link #REFERENCE_ASPECT}. A window of another size scales this drawing as a whole;
     * it never re-wraps it, so the picture a teacher prepared is the picture the room sees. A
     * scenario with a {@code layout:} is never wrapped: its author placed the boxes.
     */
    public static Topology of(org.distsim.core.facts.Topology facts) {
        Layout best = null;
        double bestScale = 0;
        // From tall columns down, and only a strictly larger drawing wins: a tier is wrapped only
        // when wrapping makes the boxes larger.
        // The scenario's layout: pins place boxes by hand, and wrapping would move them.
        int least = facts.pins().isEmpty() ? MIN_ROWS : MAX_ROWS;
        for (int rows = MAX_ROWS; rows >= least; rows--) {
            Layout layout = Layout.of(facts, GEOMETRY, ONE_STACK, rows);
            double scale = Math.min(1 / GEOMETRY.width(layout), REFERENCE_ASPECT / GEOMETRY.height(layout));
            if (scale > bestScale * (1 + 1e-9)) {
                bestScale = scale;
                best = layout;
            }
        }
        return new Topology(best);
    }

    /** Every component, in the topology's order. */
    public List<Placed> nodes() {
        return nodes;
    }

    /** The number of grid columns. */
    public int columns() {
        return (int) Math.ceil(layout.width() - 1e-9);
    }

    /** Every arrow as a caller and a callee. */
    public List<Link> links() {
        return links;
    }

    /** Every arrow's path at the live view's geometry, in pixels at scale 1. */
    public List<Router.Route> routes() {
        return routes;
    }

    /** The component of that name, or null. */
    public Placed find(String name) {
        return byName.get(name);
    }

    /**
     * This topology with one more arrow, or this one when the two are already linked either way or
     * either is unknown. The boxes stay where they are.
     */
    public Topology withLink(String from, String to) {
        if (from.equals(to) || layout.box(from) == null || layout.box(to) == null
                || links().stream().anyMatch(link -> link.joins(from, to))) {
            return this;
        }
        List<Layout.Arrow> arrows = new ArrayList<>(layout.arrows());
        arrows.add(new Layout.Arrow(from, to, org.distsim.core.facts.Link.Kind.REQUEST, "traffic"));
        return new Topology(layout.withArrows(arrows));
    }
}
