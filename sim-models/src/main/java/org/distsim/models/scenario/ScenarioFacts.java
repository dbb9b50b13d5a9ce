package org.distsim.models.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.distsim.core.facts.Component;
import org.distsim.core.facts.Component.ComponentRole;
import org.distsim.core.facts.FaultWindow;
import org.distsim.core.facts.Link;
import org.distsim.core.facts.Marker;
import org.distsim.core.facts.NetworkLink;
import org.distsim.core.facts.MarkerKind;
import org.distsim.core.facts.Objective;
import org.distsim.core.facts.ObjectiveFigure;
import org.distsim.core.facts.Pin;
import org.distsim.core.facts.RunFacts;
import org.distsim.core.facts.Topology;
import org.distsim.core.fault.FaultWindows;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.net.LinkRule;
import org.distsim.core.net.NetworkFigures;
import org.distsim.core.net.Place;
import org.distsim.models.failure.FailureFigures;
import org.distsim.models.format.ComponentType;
import org.distsim.models.format.Group;

/**
 * The facts of a loaded scenario that every renderer needs and none should re-derive: its
 * topology (from the {@link CallGraph} the loader already built, the component types' layers and
 * declared figures, the group nodes' members, and the network's links from its {@link Zoning}), its fault and note markers, the windows its faults are in force, and its objectives.
 * The runner attaches them to the run result; the reports, the live view and {@code explain} read
 * them from there.
 */
public final class ScenarioFacts {

    private ScenarioFacts() {
    }

    /**
     * The facts of a run of {@code scenario} that ends at {@code endNanos}: markers after the end
     * are left out, since the run never reached them.
     */
    public static RunFacts of(Scenario scenario, long endNanos) {
        return new RunFacts(scenario.description(), topology(scenario), markers(scenario, endNanos),
                windows(scenario, endNanos), objectives(scenario));
    }

    /**
     * Workloads then nodes in declaration order, each group node followed by its members; a link
     * for every node reference in a component's configuration (at any depth), in the order they
     * are written, then a link from each group node to each of its members.
     */
    public static Topology topology(Scenario scenario) {
        List<Component> components = new ArrayList<>();
        List<Link> memberLinks = new ArrayList<>();
        Zoning zoning = scenario.zoning();
        for (ComponentSpec spec : scenario.workloads().values()) {
            components.add(component(spec, ComponentRole.WORKLOAD, zoning));
        }
        for (ComponentSpec spec : scenario.nodes().values()) {
            components.add(component(spec, ComponentRole.NODE, zoning));
            ComponentType type = spec.type();
            if (type.isGroup()) {
                Group group = type.membersOf(spec.name(), spec.config());
                for (String member : group.members()) {
                    components.add(new Component(member, type.group().memberType(), ComponentRole.MEMBER,
                            type.layer(), spec.name(), type.description(),
                            withCrossZone(withFailures(type.group().memberFigures(), spec), member, zoning),
                            zoning.zone(member)));
                    memberLinks.add(new Link(spec.name(), member, Link.Kind.MEMBER, "members"));
                }
            }
        }
        Set<Link> links = new LinkedHashSet<>();
        for (CallGraph.Edge edge : CallGraph.of(orderedWorkloadsFirst(scenario)).edges()) {
            if (!edge.from().equals(edge.to())) {
                links.add(new Link(edge.from(), edge.to(), Link.Kind.REQUEST, via(edge), edge.share(),
                        edge.condition()));
            }
        }
        links.addAll(memberLinks);
        Map<String, Pin> pins = new LinkedHashMap<>();
        scenario.layout().forEach((name, place) -> pins.put(name, new Pin(place.column(), place.row())));
        return new Topology(components, new ArrayList<>(links), pins, network(zoning));
    }

    /**
     * The links of the network in file order, each with the directions that record figures: both
     * of a link with a bandwidth (one of a one-way link), named as the network names them among a
     * run's nodes, none of a link without one.
     */
    static List<NetworkLink> network(Zoning zoning) {
        List<NetworkLink> network = new ArrayList<>();
        for (LinkRule rule : zoning.rules()) {
            List<NetworkLink.Direction> directions = new ArrayList<>();
            if (rule.limited()) {
                directions.add(new NetworkLink.Direction(rule.directionName(true), true, NetworkFigures.LINK));
                if (!rule.oneWay()) {
                    directions.add(new NetworkLink.Direction(rule.directionName(false), false, NetworkFigures.LINK));
                }
            }
            double mean = rule.latency().mean();
            network.add(new NetworkLink(end(rule.a()), end(rule.b()),
                    Double.isFinite(mean) ? Math.round(mean) : NetworkLink.NO_MEAN, rule.bytesPerSecond(), directions));
        }
        return network;
    }

    private static NetworkLink.End end(Place place) {
        return new NetworkLink.End(place.zone(), place.actors());
    }

    private static Component component(ComponentSpec spec, ComponentRole role, Zoning zoning) {
        ComponentType type = spec.type();
        // On a group node the failure processes run on the members; the front never fails.
        List<FigureSpec> figures = type.isGroup() ? type.figures() : withFailures(type.figures(), spec);
        if (role == ComponentRole.NODE) {
            figures = withCrossZone(figures, spec.name(), zoning);
        }
        return new Component(spec.name(), type.name(), role, type.layer(), null, type.description(), figures,
                zoning.zone(spec.name()));
    }

    /**
     * The figures of a node, with the network's count of its messages into other zones when it has
     * a zone and there is another (workloads record no node figures, so they never have it).
     */
    private static List<FigureSpec> withCrossZone(List<FigureSpec> figures, String node, Zoning zoning) {
        boolean crossZone = zoning.zone(node) != null && zoning.zones().size() >= 2;
        boolean bandwidth = zoning.interfaces().containsKey(node);
        if (!crossZone && !bandwidth) {
            return figures;
        }
        List<FigureSpec> all = new ArrayList<>(figures);
        if (crossZone) {
            all.add(NetworkFigures.CROSS_ZONE);
        }
        // A node with a bandwidth records its interface's figures.
        if (bandwidth) {
            all.addAll(NetworkFigures.NIC);
        }
        return all;
    }

    /** The figures of a node, with those its failure process adds when it has one. */
    private static List<FigureSpec> withFailures(List<FigureSpec> figures, ComponentSpec spec) {
        if (spec.failures() == null) {
            return figures;
        }
        List<FigureSpec> all = new ArrayList<>(figures);
        all.addAll(FailureFigures.ALL);
        return all;
    }

    private static List<ComponentSpec> orderedWorkloadsFirst(Scenario scenario) {
        List<ComponentSpec> all = new ArrayList<>(scenario.workloads().values());
        all.addAll(scenario.nodes().values());
        return all;
    }

    /**
     * Where a reference is written, relative to its component and without list indexes:
     * {@code nodes.api.calls.0.target} is {@code calls.target}.
     */
    static String via(CallGraph.Edge edge) {
        String[] parts = edge.path().split("\\.");
        StringBuilder via = new StringBuilder();
        for (int i = 2; i < parts.length; i++) {
            if (!parts[i].chars().allMatch(Character::isDigit)) {
                via.append(via.length() == 0 ? "" : ".").append(parts[i]);
            }
        }
        return via.toString();
    }

    /** Faults (undo faults included) and notes before the run's end, by time; faults before notes at equal times. */
    static List<Marker> markers(Scenario scenario, long endNanos) {
        List<Marker> markers = new ArrayList<>();
        for (ScheduledFault fault : scenario.faults()) {
            if (fault.atNanos() < endNanos) {
                markers.add(new Marker(fault.atNanos(), MarkerKind.FAULT, fault.fault().describe()));
            }
        }
        for (Note note : scenario.notes()) {
            if (note.atNanos() < endNanos) {
                markers.add(new Marker(note.atNanos(), MarkerKind.NOTE, note.text()));
            }
        }
        // A stable sort by time keeps faults (added first) before notes at equal times.
        markers.sort(java.util.Comparator.comparingLong(Marker::atNanos));
        return markers;
    }

    /**
     * The windows during which a fault of the timeline is in force, up to the run's end. The random
     * {@code failures:} of nodes are not among them: they differ from one replication to the next,
     * while these facts belong to every replication of the scenario alike.
     */
    static List<FaultWindow> windows(Scenario scenario, long endNanos) {
        List<ScheduledFault> inside = scenario.faults().stream().filter(f -> f.atNanos() < endNanos).toList();
        return FaultWindows.of(inside, endNanos);
    }

    /** One objective per bound of each {@code slo:} entry, in file order (latency bounds first). */
    public static List<Objective> objectives(Scenario scenario) {
        List<Objective> objectives = new ArrayList<>();
        for (Slo slo : scenario.slos()) {
            for (Map.Entry<ObjectiveFigure, java.time.Duration> bound : slo.latencyBounds().entrySet()) {
                objectives.add(Objective.latency(slo.workload(), bound.getKey(), bound.getValue().toNanos()));
            }
            if (slo.availability() != null) {
                objectives.add(new Objective(slo.workload(), ObjectiveFigure.AVAILABILITY, slo.availability()));
            }
            if (slo.throughput() != null) {
                objectives.add(new Objective(slo.workload(), ObjectiveFigure.THROUGHPUT, slo.throughput().perSecond()));
            }
        }
        return objectives;
    }
}
