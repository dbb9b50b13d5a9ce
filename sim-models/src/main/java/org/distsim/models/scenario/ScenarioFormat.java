package org.distsim.models.scenario;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.distsim.core.kernel.SimulationConfig;
import org.distsim.models.format.ComponentCatalog;
import org.distsim.models.format.Knob;

/**
 * The fixed parts of the scenario format, written as records of {@link Knob knobs} like the
 * components are, so that the loader, the reference and the JSON Schema share one definition.
 * Components are in {@link ComponentCatalog}, distributions in {@link DistributionForm} and
 * fault actions in {@link FaultAction}.
 */
public final class ScenarioFormat {

    /** A run is cut into at most this many report intervals, so time series stay small. */
    public static final int MAX_INTERVALS = 100_000;

    /** The top-level keys that hold sections rather than knobs, with what each holds, in reference order. */
    public static final Map<String, String> SECTIONS = sections();

    /** {@link SimulationConfig#MAX_END_NANOS} in words: the longest whole number of hours below it. */
    public static final String LONGEST_RUN = "1281023h (about 146 years)";

    private ScenarioFormat() {
    }

    /**
     * What is wrong with running for {@code durationNanos} in intervals of {@code intervalNanos}, or
     * null when nothing is: the run is longer than the engine's longest (about 146 years), or it is
     * cut into more than {@link #MAX_INTERVALS} intervals. The binder checks {@code duration:} with
     * it, and the command line {@code --duration}, so that neither can skip it.
     */
    public static String durationProblem(long durationNanos, long intervalNanos) {
        if (durationNanos > SimulationConfig.MAX_END_NANOS) {
            return "the run (" + Units.formatNanos(durationNanos) + ") is longer than the longest simulated time, "
                    + LONGEST_RUN;
        }
        long intervals = durationNanos / intervalNanos + (durationNanos % intervalNanos == 0 ? 0 : 1);
        if (intervals > MAX_INTERVALS) {
            return "a report-interval of " + Units.formatNanos(intervalNanos) + " cuts the run ("
                    + Units.formatNanos(durationNanos) + ") into " + intervals + " intervals; at most " + MAX_INTERVALS
                    + " are allowed";
        }
        return null;
    }

    /** The shortest report interval that cuts a run of {@code durationNanos} into at most {@link #MAX_INTERVALS}. */
    public static long shortestInterval(long durationNanos) {
        return durationNanos / MAX_INTERVALS + (durationNanos % MAX_INTERVALS == 0 ? 0 : 1);
    }

    /** The top-level knobs. */
    public record TopLevel(
            @Knob(doc = "The scenario's name, shown in reports and in the live view.")
            String name,
            @Knob(doc = "What the scenario shows, in a sentence or two.", defaultValue = "''")
            String description,
            @Knob(doc = "The master seed of every random stream: the same seed gives the same run.",
                    defaultValue = "1")
            long seed,
            @Knob(doc = "How much simulated time the run lasts.", min = "0s", minExclusive = true)
            Duration duration,
            @Knob(doc = "Summary figures ignore everything before this time; shorter than duration.",
                    defaultValue = "0s")
            Duration warmup,
            @Knob(doc = "The length of one time-series interval; a run has at most 100000 of them.",
                    defaultValue = "1s", min = "0s", minExclusive = true)
            Duration reportInterval) {
    }

    /** The keys of an entry of {@code faults:} besides its action. */
    public record FaultTiming(
            @Knob(doc = "When the fault happens; before the end of the run.")
            Duration at,
            @Knob(doc = "How long the fault lasts: its undo (restart, heal, speed 1, restore-link, factor 1) is"
                    + " scheduled this much later. Only for crash, partition, slow, degrade-link and load-spike.",
                    optional = true, min = "0s", minExclusive = true)
            Duration duration) {
    }

    /** An entry of {@code notes:}. */
    public record NoteEntry(
            @Knob(doc = "When the caption appears; before the end of the run.")
            Duration at,
            @Knob(doc = "The caption.")
            String text) {
    }

    /**
     * An entry of {@code sweep:}: a {@code --set} path (or several paths set together, under a
     * name) and its values, as a list or as a range.
     */
    public record SweepEntry(
            @Knob(doc = "The dotted path of the value to sweep, as --set takes it: workloads.clients.rate."
                    + " Either param or params.", optional = true)
            String param,
            @Knob(doc = "Several dotted paths set together, each to the same value at every point:"
                    + " [nodes.c1.capacity, nodes.c2.capacity]. Needs a name.", optional = true)
            java.util.List<String> params,
            @Knob(doc = "What reports call the parameter: cache-size. Needed with params; without it a"
                    + " param is named by its path.", optional = true)
            String name,
            @Knob(doc = "The values, each written as in the file: [500/s, 800/s, 900/s]. Either values or"
                    + " from, to and steps.", optional = true)
            java.util.List<String> values,
            @Knob(doc = "The first value of an evenly spaced range, a number with an optional unit: 500/s.",
                    optional = true)
            String from,
            @Knob(doc = "The last value of the range, in the unit of from: 950/s.", optional = true)
            String to,
            @Knob(doc = "How many values the range has, both ends included.", optional = true, min = "2",
                    max = "10000")
            Integer steps) {
    }

    private static Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("extends", "The scenario file this one builds on, relative to this file: this file is merged over it"
                + " (mappings key by key, everything else replaced whole); optional.");
        sections.put("vars", "Named values, used elsewhere as ${name}: a value that is exactly ${name} becomes the"
                + " variable's value (a number, a rate, a distribution mapping), ${name} inside a longer text its text;"
                + " substituted after --set (--set vars.NAME=...) and before anything is checked; optional.");
        sections.put("network", "Latency and loss of every message (NetworkSpec); optional.");
        sections.put("nodes", "The nodes by name, each a mapping with type: and the type's knobs; at least one.");
        sections.put("workloads", "The workloads by name, each a mapping with type: and the type's knobs; at least one.");
        sections.put("faults", "A timeline of faults, each with at:, an optional duration: and one action; optional.");
        sections.put("notes", "Captions for the live view, each with at: and text:; optional.");
        sections.put("slo", "Service-level objectives, each with workload: and bounds such as p99: or availability:;"
                + " optional. distsim run exits with 1 when one is broken.");
        sections.put("sweep", "Parameters for distsim sweep, each with param: and values: or from:, to:, steps:; optional.");
        sections.put("layout", "Places for boxes in the topology diagram (live view and HTML report), by node or"
                + " workload name, each with column:, row: or both; optional. Overrides the automatic layout; no figure"
                + " depends on it.");
        return Collections.unmodifiableMap(sections);
    }
}
