package org.distsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmark models honest on tiny sizes: each does the work it claims, deterministically.
 * Nothing here reads a clock; speed is measured only by the benchmark command.
 */
class BenchmarkModelsTest {

    @Test
    void kernelHoldModel_keepsItsPopulation_andDoesTheSameWorkEveryTime() {
        HoldModel model = new HoldModel(HoldModel.Kind.TIMERS, 10, 100, 20_000, HoldModel.ObserverKind.NONE);
        long first = model.prepare(1).run();
        long second = model.prepare(1).run();
        assertEquals(first, second);
        // About one event per pending timer per mean hold time; the run lasts 200 mean hold times.
        assertTrue(first > 18_000 && first < 22_000, "events " + first);
    }

    @Test
    void ringHoldModel_withACountingObserver_seesASendAndADeliveryPerEvent() {
        HoldModel model = new HoldModel(HoldModel.Kind.MESSAGES, 10, 100, 20_000, HoldModel.ObserverKind.COUNTING);
        Benchmark.Run run = model.prepare(1);
        long events = run.run();
        long calls = Long.parseLong(run.note().replace("observer calls ", ""));
        // Every event is a delivery followed by one send (interval boundaries are the run layer's,
        // not the kernel's); the 100 initial sends happened before the run.
        assertEquals(2 * events + 100, calls);
    }

    @Test
    void primitiveHeapAndSsjHold_runTheEventsTheyAreAskedFor() {
        assertEquals(20_000, new PrimitiveHeapHold(10, 100, 20_000).prepare(1).run());
        long ssj = new SsjHold(10, 100, 20_000, false).prepare(1).run();
        assertTrue(ssj > 18_000 && ssj < 22_000, "events " + ssj);
    }

    @Test
    void ssjMm1_agreesWithQueueingTheory_withinSamplingError() {
        Benchmark.Run run = new SsjMm1().prepare(1);
        long arrivals = run.run();
        // 800/s for 300 s: 240 000 expected, Poisson standard deviation about 490.
        assertTrue(Math.abs(arrivals - 240_000) < 3_000, "arrivals " + arrivals);
        assertTrue(run.note().startsWith("mean response 5."), run.note());
    }

    @Test
    void tightMm1Loop_agreesWithQueueingTheory_withinSamplingError() {
        Benchmark.Run run = new TightMm1(300).prepare(1);
        long arrivals = run.run();
        assertTrue(Math.abs(arrivals - 240_000) < 3_000, "arrivals " + arrivals);
        // Mean response 1 / (mu - lambda) = 5 ms; over about 216 000 correlated responses the
        // standard error is about 0.03 ms, so 0.3 ms is ten of them.
        double mean = Double.parseDouble(run.note().split(" ")[2]);
        assertTrue(Math.abs(mean - 5.0) < 0.3, run.note());
    }

    @Test
    void ssjMm1_runsAsLongAsItIsAsked() {
        long arrivals = new SsjMm1(600).prepare(1).run();
        assertTrue(Math.abs(arrivals - 480_000) < 4_500, "arrivals " + arrivals);
    }

    @Test
    void scenarioPath_withADurationOverride_runsThatLong() {
        Path mm1 = Path.of("..", "scenarios", "validation", "mm1.yaml");
        assumeTrue(Files.isRegularFile(mm1), "run from the sim-bench module directory");
        long requests = new ScenarioPath(mm1, List.of("duration=60s")).prepare(1).run();
        assertTrue(Math.abs(requests - 48_000) < 1_500, "requests " + requests);
    }

    @Test
    void urlShortenerShortRun_loads_althoughTheScenarioHasCaptionsPastItsEnd() throws Exception {
        Path url = Path.of("..", Benchmarks.URL_SHORTENER);
        assumeTrue(Files.isRegularFile(url), "run from the sim-bench module directory");
        Scenario scenario = ScenarioLoader.load(url, Benchmarks.URL_SHORT_RUN);
        assertEquals(2_500_000_000L, scenario.durationNanos());
        assertTrue(scenario.notes().isEmpty());
    }

    @Test
    void scenarioPath_countsTheRequestsTheScenarioIssued() {
        Path mm1 = Path.of("..", "scenarios", "validation", "mm1.yaml");
        assumeTrue(Files.isRegularFile(mm1), "run from the sim-bench module directory");
        Benchmark.Run run = new ScenarioPath(mm1).prepare(1);
        long requests = run.run();
        assertTrue(Math.abs(requests - 240_000) < 3_000, "requests " + requests);
    }
}
