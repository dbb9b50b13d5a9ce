package org.distsim.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.kernel.SimulationConfig;
import org.distsim.core.random.Constant;
import org.distsim.core.random.Distribution;
import org.distsim.core.random.Exponential;
import org.distsim.core.result.RunResult;
import org.distsim.core.run.SimulationRun;
import org.junit.jupiter.api.Test;

/**
 * Zones and link rules: which latency a message takes, that rules leave the draws of the messages
 * they do not match alone, and the count of messages into other zones.
 */
class ZonedNetworkTest {

    private static final long MS = 1_000_000L;

    /** Three pingers: a and b in zone x, c in zone y; a pings c, b pings a, c pings b. */
    private static final class Triangle {
        final Simulation sim;
        final List<NetworkTest.Pinger> pingers = new ArrayList<>();

        Triangle(long endNanos, Links links) {
            sim = new Simulation(SimulationConfig.of(3, endNanos));
            sim.setTransport(new Network(sim, links, 0));
            NetworkTest.Pinger[] made = new NetworkTest.Pinger[3];
            sim.spawn("a", "test", ctx -> made[0] = new NetworkTest.Pinger(ctx, "c"));
            sim.spawn("b", "test", ctx -> made[1] = new NetworkTest.Pinger(ctx, "a"));
            sim.spawn("c", "test", ctx -> made[2] = new NetworkTest.Pinger(ctx, "b"));
            pingers.addAll(List.of(made));
        }

        RunResult run() {
            return SimulationRun.run(sim, "zones");
        }

        /** The one-way delays of the pings the named actor received. */
        List<Long> receivedBy(String name) {
            return pingers.get(name.charAt(0) - 'a').delays;
        }
    }

    private static final Map<String, String> ZONES = Map.of("a", "x", "b", "x", "c", "y");

    private static LinkRule rule(String key, Place a, Place b, Distribution latency, boolean oneWay) {
        return new LinkRule(key, a, b, latency, oneWay);
    }

    private static Links links(Distribution fallback, LinkRule... rules) {
        return new Links(fallback, ZONES, List.of(rules), Set.of("a", "b", "c"));
    }

    @Test
    void aMessageBetweenZones_takesTheLinksLatency_andOneWithinAZone_theNetworks() {
        Triangle t = new Triangle(100 * MS, links(new Constant(MS),
                rule("x~y", Place.zone("x"), Place.zone("y"), new Constant(40 * MS), false)));
        t.run();
        // a (x) pings c (y) and c pings b (x): both cross; b pings a within x.
        assertTrue(t.receivedBy("c").stream().allMatch(d -> d == 40 * MS), "a -> c crosses the link");
        assertTrue(t.receivedBy("b").stream().allMatch(d -> d == 40 * MS), "c -> b crosses it the other way");
        assertTrue(t.receivedBy("a").stream().allMatch(d -> d == MS), "b -> a stays in zone x");
        assertTrue(t.receivedBy("a").size() > 90, "pings arrived");
    }

    @Test
    void aRuleNamingNodes_beatsOneNamingTheirZones_evenWrittenAfterIt() {
        Triangle t = new Triangle(100 * MS, links(new Constant(MS),
                rule("x~y", Place.zone("x"), Place.zone("y"), new Constant(40 * MS), false),
                rule("a~c", Place.actors(List.of("a")), Place.actors(List.of("c")), new Constant(5 * MS), false)));
        t.run();
        assertTrue(t.receivedBy("c").stream().allMatch(d -> d == 5 * MS), "a -> c follows the node rule");
        assertTrue(t.receivedBy("b").stream().allMatch(d -> d == 40 * MS), "c -> b follows the zone rule");
    }

    @Test
    void aOneWayRule_holdsOnlyFromItsFirstEnd() {
        Triangle t = new Triangle(100 * MS, links(new Constant(MS),
                rule("x>y", Place.zone("x"), Place.zone("y"), new Constant(40 * MS), true)));
        t.run();
        assertTrue(t.receivedBy("c").stream().allMatch(d -> d == 40 * MS), "x -> y follows the rule");
        assertTrue(t.receivedBy("b").stream().allMatch(d -> d == MS), "y -> x takes the network's latency");
    }

    @Test
    void aRuleWithinOneZone_setsTheLatencyInsideIt() {
        Triangle t = new Triangle(100 * MS, links(new Constant(MS),
                rule("x~x", Place.zone("x"), Place.zone("x"), new Constant(3 * MS), false)));
        t.run();
        assertTrue(t.receivedBy("a").stream().allMatch(d -> d == 3 * MS), "b -> a inside x");
        assertTrue(t.receivedBy("c").stream().allMatch(d -> d == MS), "a -> c matches no rule");
    }

    @Test
    void aSenderNoRuleMatches_drawsExactlyWhatItDrewWithoutRules() {
        Distribution fallback = new Exponential(2 * MS);
        Triangle plain = new Triangle(500 * MS, Links.uniform(fallback));
        plain.run();
        Triangle zoned = new Triangle(500 * MS, links(fallback,
                rule("x~y", Place.zone("x"), Place.zone("y"), new Exponential(40 * MS), false)));
        zoned.run();
        // b -> a stays in zone x and matches no rule: the same stream, the same draws, the same delays.
        // (A sender some of whose messages a rule matches draws the rest from its plain stream in a new
        // order: one stream per sender is what keeps scenarios without rules byte-identical.)
        assertEquals(plain.receivedBy("a"), zoned.receivedBy("a"));
        assertTrue(plain.receivedBy("a").size() > 400, "pings arrived");
    }

    @Test
    void messagesIntoAnotherZone_areCountedOnTheSender_perDestinationZone() {
        Triangle t = new Triangle(100 * MS + 1, links(new Constant(0),
                rule("x~y", Place.zone("x"), Place.zone("y"), new Constant(0), false)));
        RunResult result = t.run();
        // One ping per millisecond from 1 ms to 100 ms: a sends its 100 to y, c its 100 to x, b none across.
        assertEquals(100L, result.nodes().get("a").figures().get("cross_zone.y").longValue());
        assertEquals(100L, result.nodes().get("c").figures().get("cross_zone.x").longValue());
        assertEquals(0L, result.nodes().get("b").figures().get("cross_zone.y").longValue());
    }

    @Test
    void aNetworkWithoutZones_recordsNoFigure() {
        Triangle t = new Triangle(10 * MS, Links.uniform(new Constant(0)));
        RunResult result = t.run();
        assertTrue(result.nodes().isEmpty(), "no node figures: " + result.nodes());
    }
}
