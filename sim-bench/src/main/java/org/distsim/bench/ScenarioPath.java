package org.distsim.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.kernel.SimObserver;
import org.distsim.core.result.DropReason;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.reports.JsonReport;

/**
 * The whole path a user's run takes, timed end to end: read and validate the YAML scenario, wire
 * the actors, run the simulation, and render the JSON report.
 *
 * <p><b>Simulated requests</b> are the requests the scenario's workloads issued over the whole
 * simulated run, warm-up included (the report's own {@code requests} leaves out the warm-up). The
 * run is deterministic, so the count is taken once, before timing, from an observer that counts
 * messages sent by workload actors; timed runs carry no observer. Every timed run is checked to
 * dispatch exactly the same number of events, which also checks determinism.
 */
final class ScenarioPath implements Benchmark {

    private final Path scenarioFile;
    private final List<String> overrides;
    private long requestsPerRun = -1;
    private long eventsPerRun = -1;
    private String note = "";

    ScenarioPath(Path scenarioFile) {
        this(scenarioFile, List.of());
    }

    /** The scenario with {@code --set} style overrides ({@code "duration=6250s"}). */
    ScenarioPath(Path scenarioFile, List<String> overrides) {
        this.scenarioFile = scenarioFile;
        this.overrides = List.copyOf(overrides);
    }

    @Override
    public String unit() {
        return "requests/s";
    }

    @Override
    public Run prepare(long seed) {
        if (requestsPerRun < 0) {
            count();
        }
        return new Run() {
            private String json;

            @Override
            public long run() {
                Scenario scenario = load();
                RunResult result = ScenarioRunner.run(scenario, RunOptions.defaults());
                json = JsonReport.render(result);
                if (result.events() != eventsPerRun || json.isEmpty()) {
                    throw new IllegalStateException("run not deterministic: " + result.events() + " events, expected "
                            + eventsPerRun);
                }
                return requestsPerRun;
            }

            @Override
            public String note() {
                return note + String.format(Locale.ROOT, "; JSON report %d chars", json.length());
            }
        };
    }

    private Scenario load() {
        try {
            return ScenarioLoader.load(scenarioFile, overrides);
        } catch (ScenarioException e) {
            throw new IllegalStateException("cannot load " + scenarioFile + ": " + e.getMessage(), e);
        }
    }

    private void count() {
        Scenario scenario = load();
        WorkloadSends counter = new WorkloadSends(scenario.workloads().keySet());
        RunResult result = ScenarioRunner.run(scenario, RunOptions.defaults().withObserver(counter));
        requestsPerRun = counter.sent;
        eventsPerRun = result.events();
        long measured = result.workloads().values().stream().mapToLong(w -> w.requests()).sum();
        note = String.format(Locale.ROOT, "%s%s: %d requests issued (%d after warm-up), %d events (%.2f per request),"
                        + " %.0f s simulated",
                scenarioFile.getFileName(), overrides.isEmpty() ? "" : " " + String.join(" ", overrides), requestsPerRun,
                measured, eventsPerRun,
                (double) eventsPerRun / requestsPerRun, result.durationNanos() / 1e9);
    }

    /** Counts messages that workload actors put on the network, whether or not they arrive. */
    private static final class WorkloadSends implements SimObserver {
        private final Set<String> workloads;
        private long sent;

        WorkloadSends(Set<String> workloads) {
            this.workloads = workloads;
        }

        @Override
        public void onSend(long nowNanos, ActorRef from, ActorRef to, Message message, long deliverAtNanos) {
            if (workloads.contains(from.name())) {
                sent++;
            }
        }

        @Override
        public void onDrop(long nowNanos, ActorRef from, ActorRef to, Message message, DropReason reason) {
            // Lost on the way (partition, loss): onSend was not called, but the request was issued.
            // A drop at a crashed target (NODE_DOWN) was already counted by onSend.
            if (reason != DropReason.NODE_DOWN && workloads.contains(from.name())) {
                sent++;
            }
        }
    }
}
