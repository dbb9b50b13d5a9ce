package org.distsim.models.scenario;

import static org.distsim.models.scenario.Scenarios.MINIMAL;
import static org.distsim.models.scenario.Scenarios.load;
import static org.distsim.models.scenario.Scenarios.minimalWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.core.random.Constant;
import org.distsim.core.random.Distribution;
import org.distsim.core.random.Empirical;
import org.distsim.core.random.Exponential;
import org.distsim.core.random.LogNormal;
import org.distsim.core.random.Normal;
import org.distsim.core.random.Pareto;
import org.distsim.core.random.Uniform;
import org.distsim.core.random.Weibull;
import org.distsim.models.format.Rate;
import org.distsim.models.registry.ComponentRegistry;
import org.distsim.models.service.ServiceConfig;
import org.distsim.models.workload.Arrivals;
import org.distsim.models.workload.OpenLoopConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Valid scenarios, and the records they load into. */
class ScenarioLoaderTest {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ScenarioLoaderTest.class.getResource("/scenario/" + name)).toURI());
    }

    @Test
    void fullScenario_loadsIntoTheExpectedRecords() throws Exception {
        Path file = resource("full.yaml");
        Scenario scenario = ScenarioLoader.load(file, List.of());

        assertEquals("full", scenario.name());
        assertEquals("Every key of the format", scenario.description());
        assertEquals(42, scenario.seed());
        assertEquals(120 * S, scenario.durationNanos());
        assertEquals(10 * S, scenario.warmupNanos());
        assertEquals(500 * MS, scenario.intervalNanos());
        assertEquals(file.toString(), scenario.source());
        assertEquals(new NetworkSpec(new Normal(5 * MS, 1 * MS), 0.005), scenario.network());

        assertEquals(List.of("lb", "server", "db"), List.copyOf(scenario.nodes().keySet()));
        assertEquals(new ComponentSpec("lb", ComponentRegistry.standard().find("service").orElseThrow(),
                new ServiceConfig(2, null, new Constant(250_000), 1.0)), scenario.nodes().get("lb"));
        assertEquals(new ServiceConfig(8, 0, LogNormal.fromMedianAndP99(2 * MS, 20 * MS), 2.0),
                scenario.nodes().get("server").config(ServiceConfig.class));
        assertEquals(new Empirical(new double[] {1 * MS, 2 * MS, 20 * MS, 50 * MS}, new double[] {0, 0.5, 0.99, 1}),
                scenario.nodes().get("db").config(ServiceConfig.class).serviceTime());

        assertEquals(List.of("clients", "batch"), List.copyOf(scenario.workloads().keySet()));
        assertEquals(new ComponentSpec("clients", ComponentRegistry.standard().find("open-loop").orElseThrow(),
                        new OpenLoopConfig("lb", Arrivals.CONSTANT, new Rate(800), Duration.ofMillis(1500))),
                scenario.workloads().get("clients"));
        assertEquals(new OpenLoopConfig("db", Arrivals.POISSON, new Rate(2000), Duration.ofSeconds(10)),
                scenario.workloads().get("batch").config());

        assertEquals(List.of(
                new ScheduledFault(20 * S, new Fault.Crash("server")),
                new ScheduledFault(20 * S, new Fault.SlowNode("db", 3)),
                new ScheduledFault(25 * S, new Fault.Restart("server")),
                new ScheduledFault(30 * S, new Fault.Partition("p1", List.of(List.of("clients", "lb"), List.of("server", "db")), true)),
                new ScheduledFault(40 * S, new Fault.Heal("p1")),
                new ScheduledFault(60 * S, new Fault.DegradeLink("lb", "server", 20 * MS, 0.05)),
                new ScheduledFault(70 * S, new Fault.Partition("split", List.of(List.of("lb"), List.of("db")), false)),
                new ScheduledFault(80 * S, new Fault.Heal("split")),
                new ScheduledFault(90 * S, new Fault.RestoreLink("lb", "server")),
                new ScheduledFault(90 * S, new Fault.Restart("server")),
                new ScheduledFault(95 * S, new Fault.RestoreLink("lb", "db"))), scenario.faults());

        assertEquals(List.of(new Note(20 * S, "server crashes"), new Note(30 * S, "the clients lose the servers")),
                scenario.notes());
    }

    @Test
    void minimalScenario_getsEveryDefault() throws Exception {
        Scenario scenario = load(MINIMAL);
        assertEquals("", scenario.description());
        assertEquals(1, scenario.seed());
        assertEquals(0, scenario.warmupNanos());
        assertEquals(S, scenario.intervalNanos());
        assertEquals(new NetworkSpec(new Constant(0), 0), scenario.network());
        assertEquals(new ServiceConfig(1, null, new Constant(2 * MS), 1.0), scenario.nodes().get("server").config());
        assertEquals(new OpenLoopConfig("server", Arrivals.POISSON, new Rate(100), Duration.ofSeconds(10)),
                scenario.workloads().get("clients").config());
        assertEquals(List.of(), scenario.faults());
        assertEquals(List.of(), scenario.notes());
        assertEquals("s.yaml", scenario.source());
    }

    static Stream<Arguments> distributions() {
        return Stream.of(
                Arguments.of("2ms", new Constant(2 * MS)),
                Arguments.of("{dist: constant, value: 2ms}", new Constant(2 * MS)),
                Arguments.of("{dist: exponential, mean: 1.5ms}", new Exponential(1_500_000)),
                Arguments.of("{dist: uniform, min: 1ms, max: 3ms}", new Uniform(1 * MS, 3 * MS)),
                Arguments.of("{dist: normal, mean: 5ms, sd: 1ms}", new Normal(5 * MS, 1 * MS)),
                Arguments.of("{dist: lognormal, median: 2ms, p99: 20ms}", LogNormal.fromMedianAndP99(2 * MS, 20 * MS)),
                Arguments.of("{dist: lognormal, mu: 14.5, sigma: 0.5}", new LogNormal(14.5, 0.5)),
                Arguments.of("{dist: pareto, scale: 1ms, shape: 1.5}", new Pareto(1 * MS, 1.5)),
                Arguments.of("{dist: weibull, scale: 2ms, shape: 0.8}", new Weibull(0.8, 2 * MS)),
                Arguments.of("{dist: empirical, points: [{p: 0, value: 1ms}, {p: 1, value: 3ms}]}",
                        new Empirical(new double[] {1 * MS, 3 * MS}, new double[] {0, 1})));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void distributions_areReadInNanoseconds(String written, Distribution expected) throws Exception {
        Scenario scenario = load(minimalWith("    service-time: 2ms", "    service-time: " + written));
        assertEquals(expected, scenario.nodes().get("server").config(ServiceConfig.class).serviceTime());
    }

    @Test
    void emptyOptionalValue_meansUnset() throws Exception {
        Scenario scenario = load(minimalWith("    service-time: 2ms", "    service-time: 2ms\n    queue-capacity:"));
        assertNull(scenario.nodes().get("server").config(ServiceConfig.class).queueCapacity());
    }

    @Test
    void partitionsWithoutName_getTheFirstUnusedNames() throws Exception {
        Scenario scenario = load(MINIMAL + """
                faults:
                  - {at: 1s, partition: {groups: [[clients], [server]]}}
                  - {at: 2s, partition: {name: p2, groups: [[clients], [server]]}}
                  - {at: 3s, partition: {groups: [[server], [clients]]}}
                """);
        assertEquals(List.of("p1", "p2", "p3"), scenario.faults().stream()
                .map(f -> ((Fault.Partition) f.fault()).name()).toList());
    }

    @Test
    void scenarioMaps_keepDeclarationOrderAndAreImmutable() throws Exception {
        Scenario scenario = load(minimalWith("  server:", "  zeta:\n    type: service\n    service-time: 1ms\n  server:"));
        assertEquals(List.of("zeta", "server"), List.copyOf(scenario.nodes().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> scenario.nodes().clear());
        assertThrows(UnsupportedOperationException.class, () -> scenario.faults().clear());
    }

    @Test
    void fileThatDoesNotExist_isAProblemNotAStackTrace(@TempDir Path dir) {
        Path missing = dir.resolve("missing.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(missing, List.of()));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void fileThatIsNotUtf8_isAProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9, '\n'});
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of()));
        assertEquals(file + ": the file is not valid UTF-8 text", e.getMessage());
    }

    @Test
    void componentSpec_configOfTheWrongType_failsClearly() throws Exception {
        ComponentSpec server = load(MINIMAL).nodes().get("server");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> server.config(OpenLoopConfig.class));
        assertEquals("node server is a service, configured by ServiceConfig, not OpenLoopConfig", e.getMessage());
    }
}
