package org.distsim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.result.WorkloadFigures;
import org.distsim.models.cache.CacheFigures;
import org.distsim.models.scenario.Note;
import org.distsim.models.service.ServiceFigures;
import org.distsim.models.station.StationFigures;
import org.distsim.models.scenario.Scenario;
import org.distsim.ui.Scenarios;
import org.distsim.ui.live.Flight;
import org.distsim.ui.live.FlightKind;
import org.distsim.ui.live.Mode;
import org.distsim.ui.live.NodeState;
import org.distsim.ui.live.Reading;
import org.distsim.ui.live.Snapshot;
import org.junit.jupiter.api.Test;

/** Badges, dots, captions and the inspector, from hand-made states and snapshots. */
class ViewModelTest {

    private static NodeState node(boolean up, double slowdown, List<Reading> figures) {
        return new NodeState("web", "service", false, up, slowdown, figures);
    }

    private static Reading reading(FigureSpec spec, double value) {
        return new Reading(spec, null, value);
    }

    @Test
    void badgesShowHealthAndTheHeadlineFiguresByTheirDeclaredLabelAndUnit() {
        List<Reading> busy = new ArrayList<>(List.of(reading(StationFigures.UTILISATION, 0.834),
                reading(StationFigures.QUEUE, 12.4), reading(ServiceFigures.REJECTED, 0.0)));
        NodeBadge up = NodeBadge.of(node(true, 1, busy));
        assertEquals(Health.UP, up.health());
        assertEquals(List.of("utilisation 83%", "queue 12"), up.lines(), "rejected is no headline figure");

        assertEquals(Health.DOWN, NodeBadge.of(node(false, 1, busy)).health());
        assertEquals("slowed x3", NodeBadge.of(node(true, 3, busy)).status());

        busy.set(2, reading(ServiceFigures.REJECTED, 4.0));
        assertEquals("rejected", NodeBadge.of(node(true, 1, busy)).status(), "an error count names the status");

        busy.set(0, reading(StationFigures.UTILISATION, 0.97));
        busy.set(2, reading(ServiceFigures.REJECTED, 0.0));
        assertEquals("saturated", NodeBadge.of(node(true, 1, busy)).status());

        List<Reading> cache = List.of(reading(CacheFigures.HITS, 91.0), reading(CacheFigures.MISSES, 9.0),
                reading(CacheFigures.HIT_RATIO, 0.91));
        assertEquals(List.of("hit ratio 91%"), NodeBadge.of(new NodeState("c", "cache", false, true, 1, cache)).lines());

        List<Reading> client = List.of(reading(WorkloadFigures.THROUGHPUT, 599.4),
                reading(WorkloadFigures.AVAILABILITY, 0.5));
        NodeBadge failing = NodeBadge.of(new NodeState("users", "open-loop", true, true, 1, client));
        assertEquals(List.of("ok 599/s", "availability 50%"), failing.lines());
        assertEquals(Health.DEGRADED, failing.health());
        assertEquals("failing", failing.status());
        assertEquals("99.96%", NodeBadge.percent(0.99967));
        assertEquals("1.5k", NodeBadge.number(1490));
    }

    private static Snapshot snapshot(int run, long sent, List<Flight> recent) {
        return new Snapshot(run, 0, 1, 0, Mode.PLAYING, 1, null, List.of(), Map.of(), recent, sent, List.of(), List.of(),
                List.of(), "", null);
    }

    private static List<Flight> flights(long from, long to) {
        List<Flight> flights = new ArrayList<>();
        for (long seq = from; seq <= to; seq++) {
            flights.add(new Flight(seq, "a", "b", 0, 1, seq % 2 == 0 ? FlightKind.OK : FlightKind.REQUEST));
        }
        return flights;
    }

    @Test
    void dotsAreSampledWhenTrafficIsHeavyAndTheViewSaysSo() {
        DotField field = new DotField(5, 100, 1_000_000_000L);
        field.update(snapshot(1, 3, flights(1, 3)), 0);
        assertEquals(3, field.dots(0).size());
        assertEquals("every message drawn", field.samplingNote());

        // 500 messages in the next frame, of which the snapshot carries the last 128: 5 are drawn.
        field.update(snapshot(1, 503, flights(376, 503)), 16_000_000L);
        assertEquals(8, field.dots(16_000_000L).size());
        assertEquals("1 in 63 messages drawn", field.samplingNote());

        // Dots cross in a second of wall time, then go.
        DotField.Dot first = field.dots(500_000_000L).get(0);
        assertEquals(0.5, first.progress(), 1e-9);
        field.update(snapshot(1, 503, flights(376, 503)), 1_016_000_001L);
        assertEquals(0, field.dots(1_016_000_001L).size());

        // A restart (a new run) starts over.
        field.update(snapshot(2, 2, flights(1, 2)), 1_100_000_000L);
        assertEquals(2, field.dots(1_100_000_000L).size());
    }

    @Test
    void droppedMessagesStopHalfWay() {
        DotField field = new DotField(5, 100, 1_000_000_000L);
        field.update(snapshot(1, 1, List.of(new Flight(1, "a", "b", 0, 0, FlightKind.DROPPED))), 0);
        assertEquals(0.5, field.dots(900_000_000L).get(0).progress());
    }

    @Test
    void captionsShowFromTheirTimeUntilTheNext() {
        Captions captions = new Captions(List.of(new Note(1_000, "one"), new Note(5_000, "two")));
        assertEquals("", captions.at(999));
        assertEquals("one", captions.at(1_000));
        assertEquals("one", captions.at(4_999));
        assertEquals("two", captions.at(1_000_000));
    }

    @Test
    void theInspectorListsKnobsInTheFormatsSpelling() {
        Scenario scenario = Scenarios.load("load-balancing");
        Map<String, String> knobs = new LinkedHashMap<>();
        Inspector.knobs(scenario.nodes().get("lb")).forEach(row -> knobs.put(row.name(), row.value()));
        assertEquals("[web-1, web-2, web-3]", knobs.get("backends"));
        assertEquals("least-connections", knobs.get("algorithm"));
        assertEquals("2s", knobs.get("timeout"));
        Map<String, String> web = new LinkedHashMap<>();
        Inspector.knobs(scenario.nodes().get("web-1")).forEach(row -> web.put(row.name(), row.value()));
        assertEquals("4", web.get("workers"));
        assertTrue(web.get("service-time").startsWith("lognormal, mean "), web.get("service-time"));
        assertTrue(Inspector.describe(scenario.nodes().get("lb")).startsWith("Forwards each request"));
        assertEquals("250us", Inspector.nanos(250_000));
        assertEquals("1.5s", Inspector.nanos(1_500_000_000L));
    }
}
