package org.distsim.models.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.distsim.core.random.Exponential;
import org.distsim.models.format.Rate;
import org.distsim.models.resilience.BackoffConfig;
import org.distsim.models.resilience.Jitter;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The workload knobs as a scenario author writes them, and the errors a mistake gets. */
class WorkloadFormatTest {

    private static Scenario load(String workload) throws ScenarioException {
        String yaml = """
                name: w
                duration: 10s
                nodes:
                  db:
                    type: service
                    service-time: 1ms
                workloads:
                  clients:
                %s
                """.formatted(workload.indent(4));
        return ScenarioLoader.load("w.yaml", yaml, List.of());
    }

    private static String problems(String workload) {
        return assertThrows(ScenarioException.class, () -> load(workload)).getMessage();
    }

    @Test
    void openLoopWithEveryKnob_readsAsWritten() throws Exception {
        OpenLoopConfig config = load("""
                type: open-loop
                target: db
                rate: 500/s
                schedule:
                  - {at: 60s, rate: 3000/s}
                  - {from: 70s, to: 90s, ramp-to: 500/s}
                  - {at: 2m, diurnal: {period: 24h, peak: 5000/s, trough: 500/s, peak-at: 14h}}
                read-ratio: 90%
                keys: {count: 100000, popularity: zipf, s: 0.99}
                route: /api/feed
                retries: 2
                backoff: {base: 20ms, cap: 2s, jitter: decorrelated}
                """).workloads().get("clients").config(OpenLoopConfig.class);
        assertEquals(3, config.schedule().size());
        assertEquals(new Rate(3000), config.schedule().get(0).rate());
        assertEquals(Duration.ofHours(14), config.schedule().get(2).diurnal().peakAt());
        assertEquals(0.9, config.readRatio(), 1e-12);
        assertEquals(new KeysConfig(100000, Popularity.ZIPF, 0.99), config.keys());
        assertEquals("/api/feed", config.route());
        assertEquals(new BackoffConfig(Duration.ofMillis(20), Duration.ofSeconds(2), Jitter.DECORRELATED), config.backoff());
    }

    @Test
    void openLoopWithOnlyTheOldKnobs_equalsThePlainWorkload() throws Exception {
        OpenLoopConfig config = load("""
                type: open-loop
                target: db
                rate: 500/s
                """).workloads().get("clients").config(OpenLoopConfig.class);
        assertEquals(new OpenLoopConfig("db", Arrivals.POISSON, new Rate(500), Duration.ofSeconds(10)), config);
    }

    @Test
    void closedLoop_readsUsersAndThinkTime() throws Exception {
        ClosedLoopConfig config = load("""
                type: closed-loop
                target: db
                users: 50
                think-time: {dist: exponential, mean: 1s}
                read-ratio: 0.5
                """).workloads().get("clients").config(ClosedLoopConfig.class);
        assertEquals(50, config.users());
        assertEquals(new Exponential(1e9), config.thinkTime());
        assertEquals(BackoffConfig.DEFAULT, config.backoff());
    }

    @Test
    void scheduleOutOfOrder_isAnErrorThatSaysSo() {
        String message = problems("""
                type: open-loop
                target: db
                rate: 500/s
                schedule:
                  - {at: 60s, rate: 3000/s}
                  - {at: 30s, rate: 100/s}
                """);
        assertTrue(message.contains("schedule entry 1 starts at 30s, before entry 0 starts (60s)") && message.contains("time order"), message);
    }

    @Test
    void scheduleEntryMixingForms_isAnErrorNamingTheForms() {
        String message = problems("""
                type: open-loop
                target: db
                rate: 500/s
                schedule:
                  - {at: 60s, rate: 3000/s, ramp-to: 10/s}
                """);
        assertTrue(message.contains("w.yaml:") && message.contains("{at, rate} (a step)"), message);
    }

    @Test
    void misspeltKnob_suggestsTheRightOne() {
        String message = problems("""
                type: open-loop
                target: db
                rate: 500/s
                schedule:
                  - {from: 1s, to: 2s, ramp_to: 10/s}
                read-ratoi: 0.5
                """);
        assertTrue(message.contains("did you mean \"ramp-to\"?") && message.contains("did you mean \"read-ratio\"?"), message);
    }

    @Test
    void closedLoopWithoutUsers_isMissingARequiredKey() {
        String message = problems("""
                type: closed-loop
                target: db
                """);
        assertTrue(message.contains("missing required key \"users\""), message);
    }
}
