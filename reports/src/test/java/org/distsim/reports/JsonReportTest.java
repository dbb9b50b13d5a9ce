package org.distsim.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.StopReason;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadResult;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void render_sampleRun_writesTheDocumentedShapeKeyByKey() {
        String expected = """
                {
                  "schema_version": 1,
                  "scenario": "checkout",
                  "seed": 42,
                  "replication": 0,
                  "duration_s": 600.0,
                  "warmup_s": 60.0,
                  "events": 123456,
                  "stop": {
                    "kind": "completed",
                    "message": "reached the configured duration"
                  },
                  "workloads": {
                    "readers": {
                      "type": "open-loop",
                      "requests": 1002,
                      "ok": 1000,
                      "failed": 1,
                      "failed_by_reason": {
                        "rejected": 1
                      },
                      "unknown": 0,
                      "in_flight": 1,
                      "errors": 1,
                      "availability": 0.999000999000999,
                      "throughput_rps": 1.8518518518518519,
                      "latency_ms": {
                        "count": 1000,
                        "mean": 1.9000063999999999,
                        "p50": 1.000447,
                        "p95": 10.002431,
                        "p99": 10.002431,
                        "p999": 10.002431,
                        "max": 10.002431
                      },
                      "figures": {}
                    },
                    "writers": {
                      "type": "open-loop",
                      "requests": 9,
                      "ok": 0,
                      "failed": 5,
                      "failed_by_reason": {
                        "error": 2,
                        "unavailable": 3
                      },
                      "unknown": 4,
                      "in_flight": 0,
                      "errors": 9,
                      "availability": 0.0,
                      "throughput_rps": 0.0,
                      "latency_ms": {
                        "count": 0,
                        "mean": null,
                        "p50": null,
                        "p95": null,
                        "p99": null,
                        "p999": null,
                        "max": null
                      },
                      "figures": {}
                    }
                  },
                  "nodes": {
                    "api": {
                      "type": "service",
                      "utilisation_mean": 0.8734,
                      "utilisation_max": 1.0,
                      "queue_mean": 3.2,
                      "queue_max": 12.0,
                      "rejected": 1
                    },
                    "cache": {
                      "type": "cache",
                      "hits": 700,
                      "misses": 300,
                      "hit_ratio": 0.7,
                      "evictions": 0
                    },
                    "api-2": {
                      "type": "service",
                      "utilisation_mean": 0.5,
                      "utilisation_max": 1.0,
                      "queue_mean": null,
                      "queue_max": 4.0,
                      "rejected": 0
                    }
                  },
                  "curves": {},
                  "network": {
                    "sent": 1000,
                    "delivered": 990,
                    "dropped": 8,
                    "dropped_by_reason": {
                      "loss": 5,
                      "partition": 3
                    },
                    "in_flight": 2
                  },
                  "timeseries": {
                    "interval_s": 300.0,
                    "start_s": [0.0, 300.0],
                    "columns": {
                      "workload.readers.throughput_rps": [1.5, 2.0],
                      "workload.readers.p50_ms": [null, 0.30000000000000004]
                    }
                  },
                  "slo": [],
                  "warnings": [],
                  "catalog": {
                    "open-loop": {
                      "requests": {
                        "kind": "count",
                        "unit": "one",
                        "role": "load",
                        "headline": false,
                        "label": "requests",
                        "window": "due_time"
                      },
                      "ok": {
                        "kind": "count",
                        "unit": "one",
                        "role": "load",
                        "headline": false,
                        "label": "ok",
                        "window": "due_time"
                      },
                      "failed": {
                        "kind": "count",
                        "unit": "one",
                        "role": "errors",
                        "headline": false,
                        "label": "failed",
                        "window": "due_time"
                      },
                      "unknown": {
                        "kind": "count",
                        "unit": "one",
                        "role": "errors",
                        "headline": false,
                        "label": "unknown",
                        "window": "due_time"
                      },
                      "in_flight": {
                        "kind": "amount",
                        "unit": "one",
                        "role": "backlog",
                        "headline": false,
                        "label": "in flight",
                        "window": "occurrence"
                      },
                      "errors": {
                        "kind": "count",
                        "unit": "one",
                        "role": "errors",
                        "headline": false,
                        "label": "errors",
                        "window": "due_time"
                      },
                      "availability": {
                        "kind": "ratio",
                        "unit": "fraction",
                        "role": "errors",
                        "headline": true,
                        "label": "availability",
                        "window": "due_time"
                      },
                      "throughput_rps": {
                        "kind": "rate",
                        "unit": "per_second",
                        "role": "load",
                        "headline": true,
                        "label": "ok",
                        "window": "due_time"
                      },
                      "p50_ms": {
                        "kind": "duration",
                        "unit": "milliseconds",
                        "role": "latency",
                        "headline": false,
                        "label": "p50",
                        "window": "occurrence"
                      },
                      "p95_ms": {
                        "kind": "duration",
                        "unit": "milliseconds",
                        "role": "latency",
                        "headline": false,
                        "label": "p95",
                        "window": "occurrence"
                      },
                      "p99_ms": {
                        "kind": "duration",
                        "unit": "milliseconds",
                        "role": "latency",
                        "headline": false,
                        "label": "p99",
                        "window": "occurrence"
                      }
                    },
                    "service": {
                      "utilisation": {
                        "kind": "gauge",
                        "unit": "fraction",
                        "role": "load",
                        "headline": true,
                        "label": "utilisation",
                        "window": "occurrence"
                      },
                      "queue": {
                        "kind": "gauge",
                        "unit": "one",
                        "role": "backlog",
                        "headline": true,
                        "label": "queue",
                        "window": "occurrence"
                      },
                      "rejected": {
                        "kind": "count",
                        "unit": "one",
                        "role": "errors",
                        "headline": false,
                        "label": "rejected",
                        "window": "occurrence"
                      }
                    },
                    "cache": {
                      "hits": {
                        "kind": "count",
                        "unit": "one",
                        "role": "efficiency",
                        "headline": false,
                        "label": "hits",
                        "window": "occurrence"
                      },
                      "misses": {
                        "kind": "count",
                        "unit": "one",
                        "role": "efficiency",
                        "headline": false,
                        "label": "misses",
                        "window": "occurrence"
                      },
                      "hit_ratio": {
                        "kind": "ratio",
                        "unit": "fraction",
                        "role": "efficiency",
                        "headline": true,
                        "label": "hit ratio",
                        "window": "occurrence"
                      },
                      "evictions": {
                        "kind": "count",
                        "unit": "one",
                        "role": "capacity",
                        "headline": false,
                        "label": "evictions",
                        "window": "occurrence"
                      }
                    }
                  }
                }
                """;
        assertEquals(expected, JsonReport.render(Results.sample()));
    }

    @Test
    void render_curves_perNodeThatRecordedOne_binByBinInMilliseconds_withTheLastBinOpen() throws Exception {
        JsonNode curves = MAPPER.readTree(JsonReport.render(Results.sampleWithCurve())).get("curves");
        assertEquals(List.of("db"), fieldNames(curves));
        JsonNode fresh = curves.get("db").get("fresh_read_after_write");
        assertEquals("time since the write was acknowledged", fresh.get("x").asText());
        JsonNode first = fresh.get("points").get(0);
        assertEquals(1.0, first.get("from_ms").asDouble());
        assertEquals(2.0, first.get("to_ms").asDouble());
        assertEquals(40, first.get("samples").asLong());
        assertEquals(10, first.get("hits").asLong());
        assertEquals(0.25, first.get("probability").asDouble());
        assertTrue(fresh.get("points").get(2).get("to_ms").isNull(), "the last bin has no upper bound");
        assertEquals(0, MAPPER.readTree(JsonReport.render(Results.sample())).get("curves").size(),
                "no node recorded a curve: an empty object");
    }

    @Test
    void render_twice_givesIdenticalBytes() {
        byte[] first = JsonReport.render(Results.sample()).getBytes(StandardCharsets.UTF_8);
        byte[] second = JsonReport.render(Results.sample()).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(first, second);
    }

    @Test
    void render_doublesThatDifferBetweenJdk17AndLaterJdks_printTheShortestRoundTripEverywhere() {
        // Double.toString(2e23) is 1.9999999999999998E23 on JDK 17 and 2.0E23 from JDK 19 on.
        List<Double> values = List.of(0.1 + 0.2, 1e15 + 0.3, 2e23, 1e-5, 123456789.125, 1.0E-300, Double.MIN_VALUE);
        Map<String, List<Double>> columns = Map.of("node.n.c", values);
        String json = JsonReport.render(withSeries(new TimeSeries(Results.SECOND, zeros(values.size()),
                Specs.columns(columns))));
        assertTrue(json.contains("\"node.n.c\": [0.30000000000000004, 1.0000000000000002E15, 2.0E23, 1.0E-5, 1.23456789125E8, "
                + "1.0E-300, 4.9E-324]\n"), json);
    }

    @Test
    void render_nonFiniteAndMissingValues_areNull() {
        FigureValues figures = Specs.values(derived("nan"), Double.NaN, derived("inf"), Double.POSITIVE_INFINITY,
                derived("missing"), null);
        RunResult result = new RunResult("s", 1, 0, Results.SECOND, 0, 1, StopReason.completed(),
                Map.of("w", new WorkloadResult("open-loop", 0, 0, 0, Map.of(), 0, 0, null, Double.NaN, null,
                        FigureValues.empty(), null)),
                Map.of("n", new NodeResult("service", figures)), null, null);
        JsonNode json = parse(JsonReport.render(result));
        JsonNode node = json.get("nodes").get("n");
        assertTrue(node.get("nan").isNull());
        assertTrue(node.get("inf").isNull());
        assertTrue(node.get("missing").isNull());
        JsonNode workload = json.get("workloads").get("w");
        assertTrue(workload.get("availability").isNull());
        assertTrue(workload.get("throughput_rps").isNull());
        assertEquals(0, workload.get("latency_ms").get("count").asInt());
        assertTrue(workload.get("latency_ms").get("p99").isNull());
        assertEquals(0, json.get("network").get("sent").asInt(), "a result without network figures sent nothing");
        assertTrue(json.get("timeseries").isNull());
    }

    @Test
    void render_stoppedRun_namesTheLimitInSnakeCase() {
        StopReason stop = new StopReason(StopReason.Kind.EVENT_LIMIT, "reached the limit of 1000 events at t=2s");
        JsonNode json = parse(JsonReport.render(Results.sample(stop)));
        assertEquals("event_limit", json.get("stop").get("kind").asText());
        assertEquals("reached the limit of 1000 events at t=2s", json.get("stop").get("message").asText());
    }

    @Test
    void render_keepsScenarioOrderOfWorkloadsAndNodesAndRegistrationOrderOfFigures() {
        JsonNode json = parse(JsonReport.render(Results.sample()));
        assertEquals(List.of("readers", "writers"), fieldNames(json.get("workloads")));
        assertEquals(List.of("api", "cache", "api-2"), fieldNames(json.get("nodes")));
        assertEquals(List.of("type", "utilisation_mean", "utilisation_max", "queue_mean", "queue_max", "rejected"),
                fieldNames(json.get("nodes").get("api")));
        assertEquals(List.of("schema_version", "scenario", "seed", "replication", "duration_s", "warmup_s", "events",
                "stop", "workloads", "nodes", "curves", "network", "timeseries", "slo", "warnings", "catalog"), fieldNames(json));
    }

    @Test
    void render_workloadFigures_inRegistrationOrderWithIntegersDoublesAndNulls() {
        String json = JsonReport.render(Results.sampleWithWorkloadFigures());
        assertTrue(json.contains("""
                      "figures": {
                        "reads": 900,
                        "stale_reads": 12,
                        "waiting_users_mean": 2.25,
                        "waiting_users_max": 4.0,
                        "write_p99_ms": null
                      }
                    },
                """), json);
        JsonNode workloads = parse(json).get("workloads");
        assertEquals(List.of("reads", "stale_reads", "waiting_users_mean", "waiting_users_max", "write_p99_ms"),
                fieldNames(workloads.get("readers").get("figures")));
        assertEquals(List.of(), fieldNames(workloads.get("writers").get("figures")), "always present, empty when none");
    }

    @Test
    void render_latencyFromARealHistogram_isInMillisecondsFromNanoseconds() {
        LatencySummary latency = Results.readers().latency();
        JsonNode ms = parse(JsonReport.render(Results.sample())).get("workloads").get("readers").get("latency_ms");
        assertEquals(latency.p50(), ms.get("p50").asDouble());
        assertEquals(1.000447, ms.get("p50").asDouble(), "1 ms lands in the HdrHistogram bucket ending at 1000447 ns");
    }

    @Test
    void render_isIdenticalInEveryDefaultLocale() {
        Locale original = Locale.getDefault();
        String reference = JsonReport.render(Results.sample());
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertEquals(reference, JsonReport.render(Results.sample()));
            Locale.setDefault(Locale.GERMANY);
            assertEquals(reference, JsonReport.render(Results.sample()));
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void render_nodeFigureNamedType_isRefusedBecauseTheKeyIsReserved() {
        RunResult result = new RunResult("s", 1, 0, Results.SECOND, 0, 1, StopReason.completed(), Map.of(),
                Map.of("db", new NodeResult("database", Specs.values(FigureSpec.count("type", Role.LOAD, "type",
                        "A figure with a reserved name."), 1L))), Results.network(), null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> JsonReport.render(result));
        assertTrue(e.getMessage().contains("'db'"), e.getMessage());
    }

    @Test
    void render_endsWithOneNewlineAndUsesNoCarriageReturns() {
        String json = JsonReport.render(Results.sample());
        assertTrue(json.endsWith("}\n") && !json.endsWith("\n\n"));
        assertTrue(json.indexOf('\r') < 0);
    }

    private static FigureSpec derived(String name) {
        return FigureSpec.quotient(name, Unit.ONE, Role.LOAD, name, "A value made up by a test.");
    }

    private static RunResult withSeries(TimeSeries series) {
        return new RunResult("s", 1, 0, Results.SECOND, 0, 1, StopReason.completed(), Map.of(), Map.of(),
                Results.network(), series);
    }

    private static List<Long> zeros(int n) {
        Long[] starts = new Long[n];
        Arrays.fill(starts, 0L);
        return List.of(starts);
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
