package org.distsim.models.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.models.analytic.NodeForecast;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The forecast of calls made on another call's outcome: weighted by the outcome's probability
 * where the forecast knows it (a cache's hit ratio), an upper bound it says so where it does not.
 *
 * <p>The case by hand: under uniform popularity an LRU cache of K out of N keys holds any key with
 * probability K/N (Che's equation sum(1 - e^(-T/N)) = K gives 1 - e^(-T/N) = K/N, the hit ratio),
 * so 2,500 of 10,000 keys hit 25 % of the reads. Of 1,000 reads/s the audit on a miss then gets
 * 750/s, the logger on a hit with probability 40 % gets 0.4 x 250/s = 100/s, and the alert on the
 * audit's failure, whose probability the forecast does not know, at most the audit's 750/s; each
 * with one worker of 1 ms, so the loads are 0.75, 0.1 and 0.75.
 */
class ConditionalCallsForecastTest {

    private static final String SCENARIO = """
            name: conditional
            duration: 10s
            nodes:
              api:
                type: service
                workers: 1000
                service-time: 100us
                calls:
                  - {target: cache}
                  - {target: audit, on: {call: cache, outcome: miss}}
                  - {target: logger, probability: 40%, on: {call: cache, outcome: hit}}
                  - {target: alert, on: {call: audit, outcome: failure}}
              cache: {type: cache, backing: db, capacity: 2500}
              db: {type: database, workers: 64}
              audit: {type: service, service-time: 1ms}
              logger: {type: service, service-time: 1ms}
              alert: {type: service, service-time: 1ms}
            workloads:
              readers: {type: open-loop, target: api, rate: 1000/s, keys: {count: 10000}}
            """;

    private static NodeForecast node(Forecast forecast, String name) {
        return forecast.node(name).orElseThrow().forecast();
    }

    @Test
    void aCallOnACacheMiss_isOfferedTheMissRatioOfTheRequests() throws Exception {
        Forecast forecast = Forecast.of(ScenarioLoader.load("conditional.yaml", SCENARIO, List.of()));
        assertEquals(0.25, node(forecast, "cache").figures().get(NodeForecast.HIT_RATIO), 1e-9);
        assertEquals(750, node(forecast, "audit").offered().rate(), 1e-6);
        assertEquals(0.75, node(forecast, "audit").load(), 1e-9);
    }

    @Test
    void aCallOnACacheHitWithAProbability_isOfferedBoth() throws Exception {
        Forecast forecast = Forecast.of(ScenarioLoader.load("conditional.yaml", SCENARIO, List.of()));
        assertEquals(100, node(forecast, "logger").offered().rate(), 1e-6);
        assertEquals(0.1, node(forecast, "logger").load(), 1e-9);
    }

    @Test
    void aCallOnAFailure_staysAnUpperBound_andSaysSo() throws Exception {
        Forecast forecast = Forecast.of(ScenarioLoader.load("conditional.yaml", SCENARIO, List.of()));
        // At most every request that made the audit call: its failure probability is not known.
        assertEquals(750, node(forecast, "alert").offered().rate(), 1e-6);
        List<String> assumptions = node(forecast, "api").assumptions();
        assertTrue(assumptions.stream().anyMatch(a -> a.contains("an upper bound")), assumptions.toString());
        assertTrue(assumptions.stream().anyMatch(a -> a.contains("on miss of cache for 75")), assumptions.toString());
    }
}
