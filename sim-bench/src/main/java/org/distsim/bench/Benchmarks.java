package org.distsim.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The one command that measures distsim's speed: {@code java -jar sim-bench/target/benchmarks.jar}.
 *
 * <p>Runs every benchmark in a fresh JVM of its own (as JMH forks do), so that no benchmark's
 * JIT profile or heap state leaks into the next; each does warm-up iterations and then measured
 * iterations, and the driver prints a table of rates (mean ± standard deviation, min, median,
 * max), allocation per unit, heap figures, the ratios to SSJ and to a plain primitive-array heap,
 * and whether the targets were met. docs/PERFORMANCE.md explains every line.
 *
 * <p>Options: {@code --only id,id} runs a subset; {@code --quick} runs a tenth of the work with
 * fewer iterations (a smoke test, not a measurement); {@code --scenario FILE} names the M/M/1
 * scenario (default: {@code scenarios/validation/mm1.yaml} found upward from the working
 * directory or the jar); {@code --in-process} runs everything in this JVM.
 */
public final class Benchmarks {

    private static final long SEED = 42;
    private static final int HOLD_ACTORS = 1_000;
    private static final int SMALL = 1_000;
    private static final int LARGE = 100_000;
    static final double TARGET_KERNEL_EVENTS = 20e6;
    static final double TARGET_REQUESTS = 2e6;
    /** 5 M customers of the M/M/1 at 800/s. */
    private static final double FIVE_MILLION_SECONDS = 6_250;
    static final String URL_SHORTENER = "scenarios/url-shortener.yaml";
    /**
     * The overrides of {@code url-2.5s}. The scenario's captions at 4 s and 7 s lie past a 2.5 s
     * run's end, which the loader rightly refuses; captions only mark the report and schedule no
     * event, so the run without them simulates exactly the requests of the first 2.5 s.
     */
    static final List<String> URL_SHORT_RUN = List.of("duration=2.5s", "notes=[]");

    /**
     * One benchmark of the run, in display order. Warm-up goes on for at least {@code warmups}
     * iterations and at least {@code warmupSeconds}, whichever is longer, so that short iterations
     * still give the JIT time to settle.
     */
    private record Spec(String id, String title, int warmups, double warmupSeconds, int iterations,
                        Function<Options, Benchmark> factory) {
    }

    private record Options(boolean quick, Path scenario, Path urlShortener, boolean inProcess, List<String> only) {

        long events(long full) {
            return quick ? full / 10 : full;
        }

        double seconds(double full) {
            return quick ? full / 10 : full;
        }

        /** The {@code --set} override that runs the M/M/1 scenario for {@code seconds}. */
        List<String> duration(double seconds) {
            return List.of(String.format(Locale.ROOT, "duration=%.0fs", seconds(seconds)));
        }

        int warmups(int full) {
            return quick ? Math.min(full, 2) : full;
        }

        int iterations(int full) {
            return quick ? Math.min(full, 2) : full;
        }

        double warmupSeconds(double full) {
            return quick ? 0 : full;
        }
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("baseline", "plain primitive-array heap loop, 1 000 pending (the ceiling)", 3, 2.0, 5,
                    o -> new PrimitiveHeapHold(HOLD_ACTORS, SMALL, o.events(20_000_000))),
            new Spec("a", "(a) kernel hold model, 1 000 pending timers", 3, 2.0, 5,
                    o -> new HoldModel(HoldModel.Kind.TIMERS, HOLD_ACTORS, SMALL, o.events(20_000_000),
                            HoldModel.ObserverKind.NONE)),
            new Spec("a-observed", "(a) with a no-op observer attached", 3, 2.0, 5,
                    o -> new HoldModel(HoldModel.Kind.TIMERS, HOLD_ACTORS, SMALL, o.events(20_000_000),
                            HoldModel.ObserverKind.NO_OP)),
            new Spec("b", "(b) kernel hold model, 100 000 pending timers", 3, 2.0, 5,
                    o -> new HoldModel(HoldModel.Kind.TIMERS, HOLD_ACTORS, LARGE, o.events(10_000_000),
                            HoldModel.ObserverKind.NONE)),
            new Spec("ring", "hold via network messages, 1 000 in flight, no observer", 3, 2.0, 5,
                    o -> new HoldModel(HoldModel.Kind.MESSAGES, HOLD_ACTORS, SMALL, o.events(10_000_000),
                            HoldModel.ObserverKind.NONE)),
            new Spec("ring-noop", "  the same, no-op observer attached", 3, 2.0, 5,
                    o -> new HoldModel(HoldModel.Kind.MESSAGES, HOLD_ACTORS, SMALL, o.events(10_000_000),
                            HoldModel.ObserverKind.NO_OP)),
            new Spec("ring-counting", "  the same, counting observer attached", 3, 2.0, 5,
                    o -> new HoldModel(HoldModel.Kind.MESSAGES, HOLD_ACTORS, SMALL, o.events(10_000_000),
                            HoldModel.ObserverKind.COUNTING)),
            new Spec("ssj-a", "SSJ 3.3.2 hold model, 1 000 pending (MRG32k3a, splay tree)", 3, 2.0, 5,
                    o -> new SsjHold(HOLD_ACTORS, SMALL, o.events(10_000_000), false)),
            new Spec("ssj-a-zig", "  the same with distsim's generator and sampler", 3, 2.0, 5,
                    o -> new SsjHold(HOLD_ACTORS, SMALL, o.events(10_000_000), true)),
            new Spec("ssj-b", "SSJ 3.3.2 hold model, 100 000 pending", 3, 2.0, 5,
                    o -> new SsjHold(HOLD_ACTORS, LARGE, o.events(5_000_000), false)),
            new Spec("c", "(c) M/M/1 scenario: YAML -> actors -> run -> JSON report", 10, 4.0, 30,
                    o -> new ScenarioPath(o.scenario())),
            new Spec("ssj-mm1", "SSJ 3.3.2 M/M/1 queue, same parameters (textbook event view)", 10, 4.0, 30,
                    o -> new SsjMm1()),
            new Spec("c-5m", "(c) the same full path run for 5 M customers (6 250 s simulated)", 2, 5.0, 5,
                    o -> new ScenarioPath(o.scenario(), o.duration(FIVE_MILLION_SECONDS))),
            new Spec("ssj-mm1-5m", "SSJ 3.3.2 M/M/1 queue, 5 M customers", 2, 5.0, 5,
                    o -> new SsjMm1(o.seconds(FIVE_MILLION_SECONDS))),
            new Spec("loop-mm1-5m", "hand-written tight M/M/1 loop, 5 M customers (the floor)", 2, 5.0, 5,
                    o -> new TightMm1(o.seconds(FIVE_MILLION_SECONDS))),
            new Spec("url", "url-shortener: LB -> 12 services -> 4 caches -> 6 db shards, 10 s", 3, 5.0, 5,
                    o -> new ScenarioPath(o.urlShortener(), List.of())),
            new Spec("url-2.5s", "  the same, 2.5 s simulated (cost per request as runs grow)", 3, 5.0, 5,
                    o -> new ScenarioPath(o.urlShortener(), URL_SHORT_RUN)),
            new Spec("url-40s", "  the same, 40 s simulated", 1, 0.0, 3,
                    o -> new ScenarioPath(o.urlShortener(), List.of("duration=40s"))));

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("benchmarks: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options == null) {
            return;
        }
        int childAt = List.of(args).indexOf("--child");
        if (childAt >= 0) {
            Spec spec = find(args[childAt + 1]);
            System.out.println(measure(spec, options).encode());
            return;
        }
        PrintStream out = System.out;
        Environment env = Environment.current();
        out.println("distsim benchmarks" + (options.quick() ? "  (--quick: a smoke test, not a measurement)" : ""));
        env.print(out);
        out.println();
        Map<String, Result> results = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        for (Spec spec : SPECS) {
            if (!options.only().isEmpty() && !options.only().contains(spec.id())) {
                continue;
            }
            if (spec.id().startsWith("c") && options.scenario() == null) {
                out.printf("%-14s skipped: scenarios/validation/mm1.yaml not found (pass --scenario FILE)%n", spec.id());
                continue;
            }
            if (spec.id().startsWith("url") && options.urlShortener() == null) {
                out.printf("%-14s skipped: %s not found (run from the repository)%n", spec.id(), URL_SHORTENER);
                continue;
            }
            out.printf("%-14s %s ...%n", spec.id(), spec.title().strip());
            Result result = options.inProcess() ? measure(spec, options) : fork(spec, args);
            if (result == null) {
                out.printf("%-14s FAILED (see the output above)%n", spec.id());
                failed.add(spec.id());
                continue;
            }
            results.put(spec.id(), result);
            out.printf("%-14s %s: %s   load %s%n", "", result.unit(), rates(result), Environment.loadAverage());
        }
        out.println();
        out.println("load average " + Environment.loadAverage() + " (1, 5, 15 min) at the end; " + cores()
                + " cores");
        out.println();
        Report.print(out, SPECS.stream().filter(s -> results.containsKey(s.id()))
                .map(s -> new Report.Row(s.id(), s.title(), results.get(s.id()))).toList());
        if (!failed.isEmpty()) {
            out.println();
            out.println("FAILED: " + String.join(", ", failed));
            System.exit(1);
        }
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static String rates(Result result) {
        double[] warm = result.warmupRates();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "warm-up %d iterations (first %.2f, last %.2f) | ",
                warm.length, warm[0] / 1e6, warm[warm.length - 1] / 1e6));
        for (double r : result.rates()) {
            line.append(String.format(Locale.ROOT, "%.2f ", r / 1e6));
        }
        return line.append("M").toString();
    }

    private static Spec find(String id) {
        return SPECS.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no benchmark '" + id + "'; ids: "
                        + SPECS.stream().map(Spec::id).toList()));
    }

    /** Runs one benchmark in this JVM: warm-up iterations, then measured ones with heap and allocation figures. */
    private static Result measure(Spec spec, Options options) {
        Benchmark benchmark = spec.factory().apply(options);
        int warmups = options.warmups(spec.warmups());
        int iterations = options.iterations(spec.iterations());
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<Double> warm = new ArrayList<>();
        long warmupEnd = System.nanoTime() + (long) (options.warmupSeconds(spec.warmupSeconds()) * 1e9);
        while (warm.size() < warmups || System.nanoTime() < warmupEnd) {
            warm.add(Sample.of(benchmark.prepare(SEED), threads).wallRate());
        }
        HeapMeter heap = new HeapMeter();
        heap.reset();
        double[] rates = new double[iterations];
        double[] cpuRates = new double[iterations];
        long allocated = 0;
        long units = 0;
        for (int i = 0; i < iterations; i++) {
            Benchmark.Run run = benchmark.prepare(SEED);
            Sample sample = Sample.of(run, threads);
            rates[i] = sample.wallRate();
            cpuRates[i] = sample.cpuRate();
            allocated += sample.allocatedBytes();
            units += sample.units();
            if (i == iterations - 1) {
                long peakUsed = heap.peakUsedBytes();
                long live = heap.liveNow(); // run (model and result) is still referenced here
                return new Result(spec.id(), benchmark.unit(), warm.stream().mapToDouble(d -> d).toArray(), rates, cpuRates, (double) allocated / units,
                        peakUsed, Math.max(live, heap.peakLiveBytes()), run.note());
            }
        }
        throw new IllegalStateException("no measured iterations");
    }

    /** One timed iteration: units of work, wall and thread CPU time, bytes the thread allocated. */
    private record Sample(long units, long wallNanos, long cpuNanos, long allocatedBytes) {

        static Sample of(Benchmark.Run run, com.sun.management.ThreadMXBean threads) {
            long thread = Thread.currentThread().getId();
            long allocatedBefore = threads.getThreadAllocatedBytes(thread);
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long units = run.run();
            long wall = System.nanoTime() - start;
            long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
            return new Sample(units, wall, cpu, threads.getThreadAllocatedBytes(thread) - allocatedBefore);
        }

        double wallRate() {
            return units / (wallNanos / 1e9);
        }

        double cpuRate() {
            return units / (cpuNanos / 1e9);
        }
    }

    /** Runs one benchmark in a child JVM with this JVM's options, echoing its output. */
    private static Result fork(Spec spec, String[] args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Benchmarks.class.getName());
        command.addAll(List.of(args));
        command.add("--child");
        command.add(spec.id());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Result result = null;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (Result.isEncoded(line)) {
                    result = Result.decode(line);
                } else {
                    System.out.println(line);
                }
            }
        }
        return process.waitFor() == 0 ? result : null;
    }

    /** The value after an option, or a usage error naming the option (never an index exception). */
    private static String valueOf(String[] args, int index) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }

    private static Options parse(String[] args) {
        boolean quick = false;
        boolean inProcess = false;
        Path scenario = null;
        List<String> only = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--in-process" -> inProcess = true;
                case "--scenario" -> scenario = Path.of(valueOf(args, ++i));
                case "--only" -> only = List.of(valueOf(args, ++i).split(","));
                case "--child" -> i++;
                case "--help", "-h" -> {
                    System.out.println("usage: java -jar sim-bench/target/benchmarks.jar [--quick] [--only id,...]"
                            + " [--scenario FILE] [--in-process]");
                    System.out.println("ids: " + SPECS.stream().map(Spec::id).toList());
                    return null;
                }
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "' (try --help)");
            }
        }
        for (String id : only) {
            find(id);
        }
        return new Options(quick, scenario != null ? scenario : findFile("scenarios/validation/mm1.yaml"),
                findFile(URL_SHORTENER), inProcess, only);
    }

    /** Looks for a bundled file upward from the working directory, then from the jar's folder. */
    private static Path findFile(String path) {
        Path relative = Path.of(path);
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        try {
            starts.add(Path.of(Benchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception e) {
            // No code source (unusual class loader): the working directory is the only start.
        }
        for (Path start : starts) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve(relative))) {
                    return dir.resolve(relative);
                }
            }
        }
        return null;
    }
}
