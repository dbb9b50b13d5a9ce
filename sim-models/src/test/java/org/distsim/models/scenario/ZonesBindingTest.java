package org.distsim.models.scenario;

import static org.distsim.models.scenario.Scenarios.load;
import static org.distsim.models.scenario.Scenarios.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.distsim.core.fault.Fault;
import org.distsim.core.net.LinkRule;
import org.distsim.core.net.Place;
import org.junit.jupiter.api.Test;

/** {@code zone:}, {@code zones:}, {@code network.links} and partitions that name zones. */
class ZonesBindingTest {

    /** Two regions: a service and a three-member database spread over them, a client in each. */
    private static final String TWO_REGIONS = """
            name: t
            duration: 10s
            network:
              latency: 1ms
              links:
                - between: [zone:us, zone:eu]
                  latency: 40ms
            nodes:
              api:
                type: service
                zone: us
                service-time: 1ms
                calls: [{target: db}]
              db:
                type: replicated-database
                replicas: 3
                zones: [us, eu]
            workloads:
              near: {type: open-loop, zone: us, target: api, rate: 10/s}
              far: {type: open-loop, zone: eu, target: db-2, rate: 10/s}
            """;

    @Test
    void zones_areGivenToNodesWorkloadsAndMembers_spreadInTurn() throws ScenarioException {
        Zoning zoning = load(TWO_REGIONS).zoning();
        assertEquals(Map.of("api", "us", "db-1", "us", "db-2", "eu", "db-3", "us", "near", "us", "far", "eu"),
                zoning.zoneOf());
        assertEquals(List.of("us", "eu"), zoning.zones());
        assertEquals(null, zoning.zone("db"), "the front of a spread group is in no zone");
    }

    @Test
    void aGroupsZone_isItsFrontsToo_andItsMembersWhenNotSpread() throws ScenarioException {
        Zoning zoning = load(TWO_REGIONS.replace("    zones: [us, eu]", "    zone: eu")).zoning();
        assertEquals("eu", zoning.zone("db"));
        assertEquals("eu", zoning.zone("db-3"));
    }

    @Test
    void aLinkNamingAGroupNode_holdsForItsFrontAndMembers() throws ScenarioException {
        Scenario scenario = load(TWO_REGIONS.replace("[zone:us, zone:eu]", "[api, db]"));
        LinkRule rule = scenario.zoning().rules().get(0);
        assertEquals(Place.actors(List.of("api")), rule.a());
        assertEquals(Place.actors(List.of("db", "db-1", "db-2", "db-3")), rule.b());
        assertEquals("api~db", rule.key());
    }

    @Test
    void aScenarioWithoutZones_hasNoZoning() throws ScenarioException {
        assertSame(Zoning.NONE, load(Scenarios.MINIMAL).zoning());
    }

    @Test
    void aPartitionNamingZones_cutsEveryActorOfEach() throws ScenarioException {
        Scenario scenario = load(TWO_REGIONS + """
                faults:
                  - {at: 1s, partition: {name: ocean, groups: [[zone:us], [zone:eu]]}}
                """);
        Fault.Partition partition = (Fault.Partition) scenario.faults().get(0).fault();
        assertEquals(List.of(List.of("api", "db-1", "db-3", "near"), List.of("db-2", "far")), partition.groups());
    }

    @Test
    void anUnknownZoneInALink_isReportedWithTheClosestZone() {
        assertEquals("""
                s.yaml:6:26: network.links.0.between.1: unknown zone "ue"
                  expected a zone, one of: eu, us
                  did you mean "zone:eu"?""", problem(TWO_REGIONS.replace("zone:eu]", "zone:ue]")));
    }

    @Test
    void anUnknownNodeInAPartition_suggestsTheNodeAndMentionsZones() {
        String yaml = TWO_REGIONS + """
                faults:
                  - {at: 1s, partition: {groups: [[zone:us], [dbb-2]]}}
                """;
        assertEquals("""
                s.yaml:22:47: faults.0.partition.groups.1.0: unknown node or workload "dbb-2"
                  expected a node or workload name, one of: api, db, db-1, db-2, db-3, far, near, or zone:NAME
                  did you mean "db-2"?""", problem(yaml));
    }

    @Test
    void aPartitionWhoseZonesOverlapANamedNode_isRefused() {
        String yaml = TWO_REGIONS + """
                faults:
                  - {at: 1s, partition: {groups: [[zone:us], [api]]}}
                """;
        assertEquals("""
                s.yaml:22:25: faults.0.partition: with its zones spelt out, "api" is in more than one group
                  expected groups whose zones and names do not overlap""", problem(yaml));
    }

    @Test
    void zonesOnANodeThatIsNoGroup_isRefused() {
        assertEquals("""
                s.yaml:11:5: nodes.api.zones: only a group node or a template (count:) spreads over zones, and "api" is one service
                  expected zone: us, or count: beside zones:""", problem(TWO_REGIONS.replace("    zone: us\n", "    zones: [us]\n")));
    }

    @Test
    void anInvalidZoneName_isReportedWithARepair() {
        assertEquals("""
                s.yaml:11:11: nodes.api.zone: invalid zone name "US_East"
                  expected a name of lower-case letters, digits and '-' that starts and ends with a letter or digit, at most 63 characters (like db-2)
                  did you mean "us-east"?""", problem(TWO_REGIONS.replace("    zone: us\n", "    zone: US_East\n")));
    }

    @Test
    void aSecondLinkBetweenTheSamePlaces_isRefused_butOppositeOneWayLinksAreNot() throws ScenarioException {
        String twice = TWO_REGIONS.replace("      latency: 40ms\n", """
                      latency: 40ms
                    - {between: [zone:eu, zone:us], latency: 30ms}
                """);
        assertEquals("""
                s.yaml:8:17: network.links.1.between: a second link between zone:eu and zone:us; links.0 already sets it, and only the first would count
                  expected one link per pair of places (two one-way links for two directions)""", problem(twice));
        String opposite = TWO_REGIONS.replace("      latency: 40ms\n", """
                      latency: 40ms
                      one-way: true
                    - {between: [zone:eu, zone:us], latency: 30ms, one-way: true}
                """);
        assertEquals(2, load(opposite).zoning().rules().size());
    }

    @Test
    void aLinkWithOneEnd_isRefused() {
        assertEquals("""
                s.yaml:6:7: network.links.0: a link has two ends, got 1; write between: [zone:a, zone:b]""",
                problem(TWO_REGIONS.replace("[zone:us, zone:eu]", "[zone:us]")));
    }
}
