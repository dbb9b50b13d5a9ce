package org.distsim.ui.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.facts.Component;
import org.distsim.core.facts.Layer;
import org.distsim.core.facts.NetworkLink;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioFacts;
import org.distsim.reports.layout.Cable;
import org.distsim.reports.layout.Cables;
import org.distsim.reports.layout.Geometry;
import org.distsim.reports.layout.Layout;
import org.distsim.reports.layout.Router;

/**
 * The scenario's components where the live view draws them: the {@link Layout} the HTML report
 * draws too (bands of designs, columns that follow the requests, a group's members right of their
 * group, the scenario's {@code layout:} pins) and the network's links between their ends' boxes
 * ({@link Cables}), plus the links traffic reveals while the run goes on (replicas talking to each
 * other), which are drawn but never move a box: a relayout in the middle of a demonstration would
 * lose the audience.
 */
public final class Topology {


    /**
     * A component and where it goes.
     *
     * @param column  its grid column, 0 the leftmost
     * @param x       the centre of its box, as a fraction of the drawing's width
     * @param y       the centre of its box, as a fraction of the drawing's height
     * @param group   the group node whose member it is, or null
     * @param box     the box it is drawn in: its own name, or its tier's ({@link Tiers})
     */
    public record Placed(String name, String type, boolean workload, Layer layer, int column, double x, double y,
            String group, String box) {

        /** Whether it is drawn as a cell of a tier's box rather than as a box of its own. */
        public boolean inTier() {
            return !name.equals(box);
        }
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
     * The topology's drawing area the layout and the box shape are chosen for once, in pixels: the
     * area of a 1280x720 window (and so of presentation mode at any size). Larger windows show
     * more height; the drawing then only grows.
     */
    public static final double REFERENCE_WIDTH = 1256;
    public static final double REFERENCE_HEIGHT = 120;
    /**
     * The height the charts give up to the topology when its text would otherwise stay small (eight
     * designs, one row each, are eight rows).
     */
    public static final double ROOM = 50;
    /** The most the view scales a drawing up (TopologyPane), so the least box text it needs to reach. */
    public static final double MAX_SCALE = 1.6;
    /** The smallest text on screen at the reference area that a room reads without effort. */
    static final double COMFORTABLE_PX = 13;
    /** The most boxes a column of one design holds before it wraps, and the least it wraps at. */
    static final int MAX_ROWS = 12;
    static final int MIN_ROWS = 1;
    /** An aspect so tall that the packing keeps every design in one stack: design i is row i. */
    private static final double ONE_STACK = 1e9;

    private final Layout layout;
    private final BoxShape shape;
    private final Geometry geometry;
    private final Map<String, List<String>> tiers;
    private final boolean roomy;
    private final List<Placed> nodes;
    private final Map<String, Placed> byName = new LinkedHashMap<>();
    private final List<Link> links;
    private final List<Router.Route> routes;
    private final List<NetworkLink> network;
    private final List<Cable> cables;

    private Topology(Layout layout, BoxShape shape, Geometry geometry, Map<String, List<String>> tiers,
            boolean roomy, List<NetworkLink> network) {
        this.layout = layout;
        this.network = network;
        this.roomy = roomy;
        this.shape = shape;
        this.geometry = geometry;
        this.tiers = tiers;
        Map<String, String> tierOf = new LinkedHashMap<>();
        tiers.forEach((tier, members) -> members.forEach(m -> tierOf.put(m, tier)));
        double width = geometry.width(layout);
        double height = geometry.height(layout);
        List<Placed> placed = new ArrayList<>();
        for (Layout.Box box : layout.boxes()) {
            Component c = box.component();
            double x = (geometry.left(box.x()) + geometry.boxWidth() / 2) / width;
            double y = (geometry.top(box.y()) + geometry.boxHeight() / 2) / height;
            List<String> members = tiers.get(c.name());
            if (members == null) {
                placed.add(new Placed(c.name(), c.type(), c.isWorkload(), c.layer(), (int) Math.round(box.x()), x, y,
                        c.group(), c.name()));
            } else {
                for (String member : members) {
                    placed.add(new Placed(member, c.type(), false, c.layer(), (int) Math.round(box.x()), x, y, c.group(),
                            c.name()));
                }
            }
        }
        this.nodes = List.copyOf(placed);
        nodes.forEach(node -> byName.put(node.name(), node));
        this.links = layout.arrows().stream().map(a -> new Link(a.from(), a.to(), a.label())).toList();
        this.routes = Router.routes(layout, geometry);
        this.cables = Cables.of(layout, geometry, tiers, network);
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
     * under the other in the topology's order, so design i is row i; a tier with many boxes (a
     * dozen app servers, six shards) wrapped into as many columns as make the text largest in the
     * reference area; and the {@link BoxShape} that a room reads best there, the fullest whose text
     * is {@value #COMFORTABLE_PX} px or more. When no shape reaches that, the tiers of siblings
     * behind one front ({@link Tiers}) are drawn as one box each, with a cell per member, if that
     * makes the text larger. A window of another size scales this drawing as a whole; it never
     * re-wraps it, so the picture a teacher prepared is the picture the room sees. A scenario with
     * a {@code layout:} is never wrapped nor collapsed: its author placed the boxes.
     */
    public static Topology of(org.distsim.core.facts.Topology facts) {
        Topology chosen = of(facts, false);
        return chosen.textPx() >= COMFORTABLE_PX ? chosen : of(facts, true);
    }

    private static Topology of(org.distsim.core.facts.Topology facts, boolean roomy) {
        Topology plain = best(facts, Map.of(), roomy);
        Map<String, List<String>> tiers = Tiers.of(facts);
        if (plain.textPx() >= COMFORTABLE_PX || tiers.isEmpty()) {
            return plain;
        }
        Topology collapsed = best(Tiers.collapse(facts, tiers), tiers, roomy);
        return collapsed.textPx() > plain.textPx() * 1.05 ? collapsed : plain;
    }

    /** The fullest shape whose text is comfortable at the reference area, else the one with the largest text. */
    private static Topology best(org.distsim.core.facts.Topology facts, Map<String, List<String>> tiers,
            boolean roomy) {
        Topology largest = null;
        for (BoxShape shape : BoxShape.values()) {
            Topology made = wrapped(facts, shape, tiers, roomy);
            if (made.textPx() >= COMFORTABLE_PX) {
                return made;
            }
            if (largest == null || made.textPx() > largest.textPx()) {
                largest = made;
            }
        }
        return largest;
    }

    /**
     * The topology at one box shape, a wide tier wrapped into the number of columns that makes the
     * drawing largest in the reference area. From tall columns down, and only a strictly larger
     * drawing wins: a tier is wrapped only when wrapping makes the boxes larger. The scenario's
     * layout: pins place boxes by hand, and wrapping would move them.
     */
    private static Topology wrapped(org.distsim.core.facts.Topology facts, BoxShape shape,
            Map<String, List<String>> tiers, boolean roomy) {
        Geometry g = shape.geometry(longestName(facts, tiers));
        Layout best = null;
        double bestScale = 0;
        int least = facts.pins().isEmpty() ? MIN_ROWS : MAX_ROWS;
        for (int rows = MAX_ROWS; rows >= least; rows--) {
            Layout layout = Bands.spaced(Layout.of(facts, g, ONE_STACK, rows), shape.bandGap());
            double scale = scaleAtReference(g, layout, roomy);
            if (scale > bestScale * (1 + 1e-9)) {
                bestScale = scale;
                best = layout;
            }
        }
        return new Topology(best, shape, g, tiers, roomy, facts.network());
    }

    /**
     * The characters of the longest box's text besides its status: a component's name, or a tier's
     * name and its cells, which take the status's place and a character and a half each (a dozen
     * cells show their colours and fills; their labels only where they fit).
     */
    private static int longestName(org.distsim.core.facts.Topology facts, Map<String, List<String>> tiers) {
        int longest = 1;
        for (Component c : facts.components()) {
            List<String> members = tiers.get(c.name());
            int length = members == null ? c.name().length()
                    : c.name().length() + (int) Math.ceil(1.5 * members.size()) - BoxShape.STATUS_CHARS;
            longest = Math.max(longest, length);
        }
        return longest;
    }

    private static double scaleAtReference(Geometry g, Layout layout, boolean roomy) {
        double height = REFERENCE_HEIGHT + (roomy ? ROOM : 0);
        return Math.min(MAX_SCALE, Math.min(REFERENCE_WIDTH / g.width(layout), height / g.height(layout)));
    }

    /** The smallest text of the boxes when the drawing fills the reference area, in pixels. */
    public double textPx() {
        return shape.smallestFont() * scaleAtReference(geometry, layout, roomy);
    }

    /** Whether the topology was laid out for {@link #ROOM} more height than the reference: the window gives it that. */
    public boolean roomy() {
        return roomy;
    }

    /** What each box holds. */
    public BoxShape shape() {
        return shape;
    }

    /** The size of the boxes and the gaps, in pixels at scale 1. */
    public Geometry geometry() {
        return geometry;
    }

    /** The tiers drawn as one box each: the box's name mapped to its members, in order. */
    public Map<String, List<String>> tiers() {
        return tiers;
    }

    /** The name of the box a component is drawn in (its own, or its tier's), or null when it has none. */
    public String boxOf(String name) {
        Placed placed = byName.get(name);
        return placed == null ? (layout.box(name) == null ? null : name) : placed.box();
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

    /** The network's links drawn as cables between boxes, in the links' order ({@link Cables}). */
    public List<Cable> cables() {
        return cables;
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
    public Topology withLink(String fromName, String toName) {
        // Traffic to or from a tier's member is drawn on its tier's box; within a tier, on none.
        String from = boxOf(fromName);
        String to = boxOf(toName);
        if (from == null || to == null || from.equals(to) || layout.box(from) == null || layout.box(to) == null
                || links().stream().anyMatch(link -> link.joins(from, to))) {
            return this;
        }
        List<Layout.Arrow> arrows = new ArrayList<>(layout.arrows());
        arrows.add(new Layout.Arrow(from, to, org.distsim.core.facts.Link.Kind.REQUEST, "traffic"));
        return new Topology(layout.withArrows(arrows), shape, geometry, tiers, roomy, network);
    }
}
