package org.distsim.models.station;

import static org.distsim.models.station.OneNode.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The node's figures over its stations are time-weighted, as L = (1/T) ∫ L(t) dt: a level counts
 * for as long as it holds, not once per change. Every expected value below is worked out by hand
 * from the timeline of the test.
 */
class OccupancyTest {

    private static final double EXACT = 1e-12;

    private final OneNode node = new OneNode(10 * SECOND);

    private Station<String> station(Occupancy occupancy) {
        return new Station<>(occupancy, 1, null, job -> {
        });
    }

    @Test
    void utilisationAndQueue_areTimeWeightedOverEveryStationOfTheNode() {
        Occupancy occupancy = new Occupancy(node.context, "database", 2);
        Station<String> first = station(occupancy);
        Station<String> second = station(occupancy);
        node.simulation.at(0, () -> first.offer("a"));
        node.simulation.at(2 * SECOND, () -> {
            second.offer("b");
            second.offer("c");
        });
        node.simulation.at(6 * SECOND, second::release);
        node.simulation.at(8 * SECOND, () -> {
            first.release();
            second.release();
        });

        Map<String, Number> figures = node.run();

        // Busy workers: 1 of 2 for 2 s, 2 of 2 for 6 s, none for 2 s.
        assertEquals((0.5 * 2 + 1.0 * 6) / 10, figures.get("utilisation_mean").doubleValue(), EXACT);
        assertEquals(1.0, figures.get("utilisation_max").doubleValue(), EXACT);
        // One request waits from 2 s to 6 s.
        assertEquals(4.0 / 10, figures.get("queue_mean").doubleValue(), EXACT);
        assertEquals(1.0, figures.get("queue_max").doubleValue(), EXACT);
    }

    @Test
    void takeAreas_measuresOneIntervalAtATime_andRestartsAtZero() {
        Occupancy occupancy = new Occupancy(node.context, "database", 2);
        Station<String> first = station(occupancy);
        Station<String> second = station(occupancy);
        List<Occupancy.Areas> taken = new ArrayList<>();
        node.simulation.at(1 * SECOND, () -> first.offer("a"));
        node.simulation.at(4 * SECOND, () -> {
            taken.add(occupancy.takeAreas());
            second.offer("b");
            second.offer("c");
        });
        node.simulation.at(5 * SECOND, () -> taken.add(occupancy.takeAreas()));

        node.run();

        // 0-4 s: one worker busy for 3 s of 2 workers for 4 s; nobody waited.
        assertEquals(new Occupancy.Areas(3.0 * SECOND, 8.0 * SECOND, 0), taken.get(0));
        // 4-5 s: both workers busy and one request waiting, for the whole second.
        assertEquals(new Occupancy.Areas(2.0 * SECOND, 2.0 * SECOND, 1.0 * SECOND), taken.get(1));
    }

    @Test
    void resize_measuresUtilisationAgainstTheWorkersInServiceFromThenOn() {
        Occupancy occupancy = new Occupancy(node.context, "database", 1);
        Station<String> first = station(occupancy);
        List<Double> utilisation = new ArrayList<>();
        node.simulation.at(0, () -> first.offer("a"));
        node.simulation.at(5 * SECOND, () -> {
            utilisation.add(occupancy.utilisationNow());
            occupancy.resize(4);
            utilisation.add(occupancy.utilisationNow());
        });

        Map<String, Number> figures = node.run();

        assertEquals(List.of(1.0, 0.25), utilisation);
        assertEquals((1.0 * 5 + 0.25 * 5) / 10, figures.get("utilisation_mean").doubleValue(), EXACT);
    }

    @Test
    void aCrash_dropsTheFiguresToZero_withoutRaisingTheirMaximum() {
        Occupancy occupancy = new Occupancy(node.context, "database", 2);
        Station<String> first = station(occupancy);
        Station<String> second = station(occupancy);
        node.simulation.at(0, () -> {
            first.offer("a");
            first.offer("b");
            second.offer("c");
            second.offer("d");
            second.offer("e");
        });
        node.simulation.at(5 * SECOND, () -> {
            first.clear();
            second.clear();
        });

        Map<String, Number> figures = node.run();

        assertEquals(0.5, figures.get("utilisation_mean").doubleValue(), EXACT);
        assertEquals(3 * 5.0 / 10, figures.get("queue_mean").doubleValue(), EXACT);
        assertEquals(3.0, figures.get("queue_max").doubleValue(), EXACT);
        assertEquals(0, occupancy.queued());
        assertEquals(0.0, occupancy.utilisationNow(), EXACT);
    }
}
