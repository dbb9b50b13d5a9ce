package org.distsim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.distsim.ui.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * Link crossings of side-by-side pipelines, with the columns wrapped as the live view wraps them
 * when a column holds more than three boxes (as at 1600 x 900). "Before" is the layout that ignores
 * the links: declaration order, one stack filled after the other.
 */
class LayoutCrossingsTest {

    private static final int ROWS_PER_STACK = 3;

    @Test
    void twitterFanoutCrossesLessAndEachTimelineHasItsClientsBesideIt() throws IOException {
        Path file = Path.of(System.getProperty("distsim.root", "..")).resolve("scenarios/twitter-fanout.yaml");
        Topology topology = Topology.of(Scenarios.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8), List.of()));
        int before = crossings(topology, positions(topology, false));
        int after = crossings(topology, positions(topology, true));
        assertTrue(before > 0, "the declaration-order layout crosses: " + before);
        assertTrue(after < before, after + " crossings after ordering, " + before + " before");
        assertEquals(0, after);
        Map<String, double[]> at = positions(topology, true);
        for (String mode : List.of("write", "read", "hybrid")) {
            assertNearest(at, "tl-" + mode, Set.of("readers-" + mode, "posters-" + mode));
        }
    }

    @Test
    void threeInterleavedPipelinesLineUp() {
        Topology topology = Topology.of(Scenarios.parse("pipelines.yaml", """
                name: pipelines
                duration: 1s
                nodes:
                  c-api: {type: service, service-time: 1ms, calls: [{target: c-store}]}
                  a-api: {type: service, service-time: 1ms, calls: [{target: a-store}]}
                  b-api: {type: service, service-time: 1ms, calls: [{target: b-store}]}
                  b-store: {type: service, service-time: 1ms}
                  c-store: {type: service, service-time: 1ms}
                  a-store: {type: service, service-time: 1ms}
                workloads:
                  a-read: {type: open-loop, target: a-api, rate: 10/s}
                  b-read: {type: open-loop, target: b-api, rate: 10/s}
                  c-read: {type: open-loop, target: c-api, rate: 10/s}
                  a-write: {type: open-loop, target: a-api, rate: 10/s}
                  b-write: {type: open-loop, target: b-api, rate: 10/s}
                  c-write: {type: open-loop, target: c-api, rate: 10/s}
                """, List.of()));
        int before = crossings(topology, positions(topology, false));
        int after = crossings(topology, positions(topology, true));
        assertTrue(after < before, after + " crossings after ordering, " + before + " before");
        assertEquals(0, after);
        Map<String, double[]> at = positions(topology, true);
        for (String p : List.of("a", "b", "c")) {
            assertNearest(at, p + "-api", Set.of(p + "-read", p + "-write"));
            assertEquals(at.get(p + "-api")[1], at.get(p + "-store")[1], 1e-9, p + "-store level with " + p + "-api");
        }
        // The model's own order too: the three pipelines top to bottom in the same order in every column.
        assertTrue(topology.find("a-api").y() < topology.find("b-api").y());
        assertTrue(topology.find("b-store").y() < topology.find("c-store").y());
    }

    @Test
    void aWrappedColumnKeepsBlocksInOneStackWhenTheyFitAndOtherwiseFillsRowByRow() {
        // Two stores' three members each, two stacks of three: one store per stack.
        assertEquals(List.of(new Stacks.Slot(0, 0), new Stacks.Slot(0, 1), new Stacks.Slot(0, 2),
                new Stacks.Slot(1, 0), new Stacks.Slot(1, 1), new Stacks.Slot(1, 2)),
                Stacks.wrap(List.of("a", "a", "a", "b", "b", "b"), 2));
        // Three pairs in two stacks of three cannot each stay in one stack: rows, each pair side by side.
        assertEquals(List.of(new Stacks.Slot(0, 0), new Stacks.Slot(1, 0), new Stacks.Slot(0, 1),
                new Stacks.Slot(1, 1), new Stacks.Slot(0, 2), new Stacks.Slot(1, 2)),
                Stacks.wrap(List.of("a", "a", "b", "b", "c", "c"), 2));
        // Nothing to keep together: rows, so the height follows the order.
        assertEquals(new Stacks.Slot(1, 0), Stacks.wrap(List.of("a", "b", "c", "d"), 2).get(1));
        assertEquals(3, Stacks.rows(7, 3));
    }

    /** The callers of {@code target} take the rows nearest its height, no other node nearer. */
    private static void assertNearest(Map<String, double[]> at, String target, Set<String> callers) {
        double y = at.get(target)[1];
        List<String> byDistance = new ArrayList<>();
        at.forEach((name, p) -> {
            if (p[0] < at.get(target)[0] - 5) {
                byDistance.add(name);
            }
        });
        byDistance.sort(Comparator.comparingDouble(name -> Math.abs(at.get(name)[1] - y)));
        assertEquals(callers, Set.copyOf(byDistance.subList(0, callers.size())), "nearest to " + target + ": " + byDistance);
    }

    /**
     * Box centres: x is the column times 10 plus the stack's offset, y the row's height in [0, 1].
     * {@code ordered}: the topology's order and the view's row-by-row wrapping; otherwise
     * declaration order, one stack after the other.
     */
    private static Map<String, double[]> positions(Topology topology, boolean ordered) {
        Map<String, double[]> at = new LinkedHashMap<>();
        for (int c = 0; c < topology.columns(); c++) {
            int column = c;
            List<Topology.Placed> members = new ArrayList<>(topology.nodes().stream().filter(n -> n.column() == column).toList());
            members.sort(ordered ? Comparator.comparingDouble(Topology.Placed::y) : Comparator.comparingInt(Topology.Placed::order));
            int stacks = Math.max(1, (members.size() + ROWS_PER_STACK - 1) / ROWS_PER_STACK);
            int rows = Stacks.rows(members.size(), stacks);
            List<Stacks.Slot> slots = Stacks.wrap(members.stream().map(n -> Stacks.blockOf(topology, n)).toList(), stacks);
            for (int i = 0; i < members.size(); i++) {
                Stacks.Slot slot = ordered ? slots.get(i) : new Stacks.Slot(i / rows, i % rows);
                at.put(members.get(i).name(), new double[] {column * 10 + slot.stack() - (stacks - 1) / 2.0,
                    (slot.row() + 0.5) / rows});
            }
        }
        return at;
    }

    /** Pairs of links, between adjacent columns, whose straight lines cross (a shared end is no crossing). */
    private static int crossings(Topology topology, Map<String, double[]> at) {
        List<Topology.Link> links = topology.links().stream()
                .filter(l -> Math.abs(topology.find(l.from()).column() - topology.find(l.to()).column()) == 1).toList();
        int count = 0;
        for (int i = 0; i < links.size(); i++) {
            for (int j = i + 1; j < links.size(); j++) {
                Topology.Link p = links.get(i);
                Topology.Link q = links.get(j);
                if (Set.of(p.from(), p.to()).stream().noneMatch(n -> n.equals(q.from()) || n.equals(q.to()))
                        && cross(at.get(p.from()), at.get(p.to()), at.get(q.from()), at.get(q.to()))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean cross(double[] a, double[] b, double[] c, double[] d) {
        return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
    }

    private static double side(double[] a, double[] b, double[] p) {
        return Math.signum((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]));
    }
}
