package org.distsim.models.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.facts.Layer;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.models.format.ComponentCatalog;
import org.distsim.models.format.Group;
import org.distsim.models.format.GroupFactory;
import org.distsim.models.format.Knob;
import org.distsim.models.workload.OpenLoopConfig;
import org.distsim.models.workload.OpenLoopWorkload;
import org.junit.jupiter.api.Test;

/** A group node's members are names a scenario can target, and they may not collide with other names. */
class GroupNamesTest {

    public record TrioConfig(@Knob(doc = "members", defaultValue = "3", min = "1", max = "64") int replicas) {
    }

    private static final GroupFactory<TrioConfig> TRIO = new GroupFactory<>() {
        @Override
        public String sizeKnob() {
            return "replicas";
        }

        @Override
        public int size(TrioConfig config) {
            return config.replicas();
        }

        @Override
        public String memberType() {
            return "trio-member";
        }

        @Override
        public List<FigureSpec> memberFigures() {
            return List.of();
        }

        @Override
        public Actor front(ActorContext context, TrioConfig config, Group group) {
            return (from, message) -> { };
        }

        @Override
        public Actor member(ActorContext context, TrioConfig config, Group group, int index) {
            return (from, message) -> { };
        }
    };

    private static final ComponentCatalog REGISTRY = ComponentCatalog.builder()
            .group("trio", Layer.DATA, TrioConfig.class, TRIO, List.of(), "a test group")
            .workload("open-loop", OpenLoopConfig.class, OpenLoopWorkload::new, List.of(), "clients")
            .build();

    private static Scenario load(String yaml) throws ScenarioException {
        return new ScenarioLoader(REGISTRY).read("g.yaml", yaml, List.of());
    }

    private static String scenario(String replicas, String target, String extraNode) {
        return """
                name: g
                duration: 1s
                nodes:
                  db:
                    type: trio
                %s%s
                workloads:
                  near:
                    type: open-loop
                    target: %s
                    rate: 10/s
                """.formatted(replicas, extraNode, target);
    }

    @Test
    void aWorkloadMayTargetAMemberByName() throws ScenarioException {
        Scenario loaded = load(scenario("    replicas: 5\n", "db-5", ""));
        assertEquals("db-5", loaded.workloads().get("near").config(OpenLoopConfig.class).target());
    }

    @Test
    void theDefaultSizeNamesTheMembersWhenTheKnobIsLeftOut() throws ScenarioException {
        load(scenario("", "db-3", ""));
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(scenario("", "db-4", "")));
        String message = e.problems().get(0).format();
        assertTrue(message.startsWith("g.yaml:10:13: workloads.near.target: unknown node \"db-4\""), message);
        assertTrue(message.contains("db-3"), message);
    }

    @Test
    void aMemberNameTakenByAnotherNodeIsReportedAtTheGroup() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> load(scenario("", "db", "  db-2:\n    type: trio\n    replicas: 1\n")));
        String message = e.problems().get(0).format();
        assertTrue(message.startsWith("g.yaml:4:3: nodes.db: "), message);
        assertTrue(message.contains("\"db-2\" is already declared"), message);
    }

    @Test
    void anInvalidSizeIsReportedOnceByTheBinder() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(scenario("    replicas: 0\n", "db", "")));
        assertEquals(1, e.problems().size(), e::getMessage);
        assertTrue(e.problems().get(0).format().startsWith("g.yaml:6:15: nodes.db.replicas: "), e::getMessage);
    }
}
