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

    /** The live view's box size and gaps, in pixels at scale 1. */
    public static final Geometry GEOMETRY = new Geometry(204, 106, 64, 22, 0, 0);

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

    /** The shape a new view starts with, before its pane has a size: a projected screen's pane. */
    public static final double DEFAULT_ASPECT = 0.3;

    private final org.distsim.core.facts.Topology facts;
    private final double aspect;
    private final Layout layout;
    private final List<Placed> nodes;
    private final Map<String, Placed> byName = new LinkedHashMap<>();
    private final List<Link> links;
    private final List<Router.Route> routes;

    private Topology(org.distsim.core.facts.Topology facts, double aspect, Layout layout) {
        this.facts = facts;
        this.aspect = aspect;
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

    /** The layout of a run's topology. */
    public static Topology of(org.distsim.core.facts.Topology facts) {
        return new Topology(facts, DEFAULT_ASPECT, Layout.of(facts, GEOMETRY, DEFAULT_ASPECT));
    }

    /**
     * This topology packed for a pane {@code aspect} times as tall as it is wide, with the links
     * traffic added; this one when the bands would stack the same way.
     */
    public Topology packedFor(double aspect) {
        Layout packed = Layout.of(facts, GEOMETRY, aspect);
        if (packed.width() == layout.width() && packed.height() == layout.height()) {
            return this;
        }
        List<Layout.Arrow> arrows = new ArrayList<>(packed.arrows());
        arrows.addAll(layout.arrows().subList(packed.arrows().size(), layout.arrows().size()));
        return new Topology(facts, aspect, packed.withArrows(arrows));
    }

    /** The pane shape this topology was packed for. */
    public double aspect() {
        return aspect;
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
        return new Topology(facts, aspect, layout.withArrows(arrows));
    }
}
