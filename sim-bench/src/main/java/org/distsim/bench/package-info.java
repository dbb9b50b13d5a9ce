/**
 * How fast distsim runs, measured by one command: {@code java -jar sim-bench/target/benchmarks.jar}
 * (driver {@link org.distsim.bench.Benchmarks}).
 *
 * <p>The benchmarks: the classic hold model on the kernel with 1 000 and 100 000 pending events
 * ({@code HoldModel}); the same hold model around a bare primitive-array heap, the ceiling for
 * any heap-based kernel ({@code PrimitiveHeapHold}); the same model and an M/M/1 queue written
 * for SSJ 3.3.2 as a peer ({@code SsjHold}, {@code SsjMm1}); and the whole path of a user's run,
 * YAML to JSON report, on the M/M/1 validation scenario ({@code ScenarioPath}). Each runs in a
 * JVM of its own with warm-up and measured iterations. The definitions, the machine and the
 * measured figures are in {@code docs/PERFORMANCE.md}.
 *
 * <p>Nothing here runs during {@code mvn verify} except {@code BenchmarkModelsTest}, which checks
 * on tiny sizes that each model does the work it claims and never reads a clock.
 */
package org.distsim.bench;
