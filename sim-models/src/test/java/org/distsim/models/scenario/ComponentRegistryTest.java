package org.distsim.models.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.distsim.core.random.Distribution;
import org.distsim.models.format.ComponentCatalog;
import org.distsim.models.format.ComponentType;
import org.distsim.models.format.Kind;
import org.distsim.models.format.Knob;
import org.distsim.models.format.KnobSpec;
import org.distsim.models.format.ValueKind;
import org.distsim.models.registry.ComponentRegistry;
import org.distsim.models.service.ServiceConfig;
import org.distsim.models.workload.OpenLoopConfig;
import org.junit.jupiter.api.Test;

/** The registry is the single source of the format: everything about a knob can be read from it. */
class ComponentRegistryTest {

    /** A component that exists only in this test: one record and one registry line make it loadable. */
    public record CacheConfig(
            @Knob(doc = "Entries kept.", min = "1") int capacity,
            @Knob(doc = "Time an entry stays fresh.", defaultValue = "1m") Duration ttl,
            @Knob(doc = "Share of lookups that miss anyway.", defaultValue = "0", format = Knob.Format.PROBABILITY)
            double missRate) {
    }

    /** A record whose default is not a valid value of its type. */
    public record BrokenConfig(@Knob(doc = "Broken.", defaultValue = "ten") int count) {
    }

    @Test
    void standardRegistry_listsEveryShippedComponent_sortedByKind() {
        ComponentCatalog registry = ComponentRegistry.standard();
        assertEquals(List.of("autoscaler", "cache", "database", "event-log", "load-balancer", "queue", "rate-limiter", "replicated-database", "service", "shard-router", "timeline"), registry.names(Kind.NODE));
        assertEquals(List.of("closed-loop", "open-loop"), registry.names(Kind.WORKLOAD));
        registry.types().forEach(type -> assertTrue(type.factory() != null || type.isGroup(), type.name() + " has no actor"));
        assertEquals(ServiceConfig.class, registry.find("service").orElseThrow().configType());
        assertEquals(OpenLoopConfig.class, registry.find("open-loop").orElseThrow().configType());
    }

    @Test
    void serviceKnobs_areReadableForTheReferenceAndTheSchema() {
        List<KnobSpec> knobs = ComponentRegistry.standard().find("service").orElseThrow().knobs();
        assertEquals(List.of("workers", "queue-capacity", "service-time", "speed", "calls", "mode", "wait-for", "k", "replicas", "replica-balancing",
                "error-rate", "deadlines", "deadline-margin"),
                knobs.stream().map(KnobSpec::key).toList());

        KnobSpec workers = knobs.get(0);
        assertEquals(int.class, workers.javaType());
        assertEquals(ValueKind.INTEGER, workers.kind());
        assertEquals("1", workers.defaultValue());
        assertEquals("1", workers.min());
        assertEquals("100000", workers.max());
        assertEquals(false, workers.required());
        assertTrue(workers.doc().contains("M/M/c"));

        KnobSpec queue = knobs.get(1);
        assertEquals(Integer.class, queue.javaType());
        assertEquals(true, queue.optional());
        assertEquals(false, queue.required());

        KnobSpec serviceTime = knobs.get(2);
        assertEquals(Distribution.class, serviceTime.javaType());
        assertEquals(ValueKind.DISTRIBUTION, serviceTime.kind());
        assertEquals("duration", serviceTime.kind().unit());
        assertEquals(true, serviceTime.required());

        KnobSpec speed = knobs.get(3);
        assertEquals("0", speed.min());
        assertEquals(true, speed.minExclusive());
    }

    @Test
    void openLoopKnobs_haveTheirFormats() {
        List<KnobSpec> knobs = ComponentRegistry.standard().find("open-loop").orElseThrow().knobs();
        assertEquals(List.of("target", "arrivals", "rate", "timeout", "schedule", "read-ratio", "keys", "route", "retries", "backoff",
                "clients", "deadline", "cancel", "request-size", "response-size"),
                knobs.stream().map(KnobSpec::key).toList());
        assertEquals(ValueKind.SIZE, knobs.get(13).kind());
        assertEquals(ValueKind.NODE_REF, knobs.get(0).kind());
        assertEquals(ValueKind.ENUM, knobs.get(1).kind());
        assertEquals("poisson", knobs.get(1).defaultValue());
        assertEquals(ValueKind.RATE, knobs.get(2).kind());
        assertEquals(ValueKind.DURATION, knobs.get(3).kind());
        assertEquals("10s", knobs.get(3).defaultValue());
    }

    @Test
    void newComponent_isOneRecordAndOneRegistryLine() throws Exception {
        ComponentCatalog registry = ComponentCatalog.builder()
                .node("service", ServiceConfig.class, "A service.")
                .workload("open-loop", OpenLoopConfig.class, "Clients.")
                .node("cache", CacheConfig.class, "A cache.")
                .build();
        String yaml = Scenarios.MINIMAL.replace("workloads:", "  cache:\n    type: cache\n    capacity: 100\n    miss-rate: 2%\nworkloads:");
        Scenario scenario = new ScenarioLoader(registry).read("s.yaml", yaml, List.of());
        assertEquals(new CacheConfig(100, Duration.ofMinutes(1), 0.02), scenario.nodes().get("cache").config());

        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new ScenarioLoader(registry).read("s.yaml", yaml.replace("type: cache", "type: cahce"), List.of()));
        assertEquals("cache", e.problems().get(0).suggestion());
    }

    @Test
    void invalidDefault_isFoundWhenAScenarioUsesTheType() {
        ComponentCatalog catalog = ComponentCatalog.builder()
                .node("broken", BrokenConfig.class, "Broken.")
                .workload("open-loop", OpenLoopConfig.class, "Clients.")
                .node("service", ServiceConfig.class, "A service.")
                .build();
        ScenarioLoader loader = new ScenarioLoader(catalog);
        String yaml = Scenarios.MINIMAL.replace("workloads:", "  b:\n    type: broken\nworkloads:");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> loader.read("s.yaml", yaml, List.of()));
        assertTrue(e.getMessage().contains("broken: ") && e.getMessage().contains("the default \"ten\" of knob count is invalid"),
                e.getMessage());
    }

    @Test
    void everyStandardComponentType_hasValidDefaults() {
        for (ComponentType type : ComponentRegistry.standard().types()) {
            Binder.checkDefaults(type.configType());
        }
    }

    @Test
    void duplicateTypeName_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> ComponentCatalog.builder()
                .node("service", ServiceConfig.class, "A.").node("service", ServiceConfig.class, "B.").build());
    }

    @Test
    void everyKnobRecordOfTheFormat_hasValidAnnotationsAndDefaults() {
        List<Class<?>> records = new ArrayList<>(List.of(ScenarioFormat.TopLevel.class, ScenarioFormat.FaultTiming.class,
                ScenarioFormat.NoteEntry.class, NetworkSpec.class, DistributionForm.Point.class));
        DistributionForm.FAMILIES.forEach(family -> records.add(family.form()));
        FaultAction.ACTIONS.forEach(action -> records.add(action.form()));
        for (Class<?> type : records) {
            Binder.checkDefaults(type.asSubclass(Record.class));
            assertTrue(KnobSpec.of(type.asSubclass(Record.class)).stream().allMatch(k -> !k.doc().isBlank()), type::getName);
        }
    }

    @Test
    void scalarFaultActions_haveExactlyOneKnob() {
        for (FaultAction.Action action : FaultAction.ACTIONS) {
            if (action.scalar()) {
                assertEquals(1, KnobSpec.of(action.form().asSubclass(Record.class)).size(), action.key());
            }
        }
    }

    @Test
    void knobOnAnUnsupportedType_isAMistakeInTheSource() {
        record Odd(@Knob(doc = "A thread.") Thread thread) {
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KnobSpec.of(Odd.class));
        assertEquals("Odd.thread has unsupported type java.lang.Thread", e.getMessage());
    }
}
