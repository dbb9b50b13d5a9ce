package org.distsim.models.format;

/**
 * The kinds of value a knob can hold, each with one YAML spelling. A knob's kind follows from its
 * Java type and its {@link Knob.Format}; the binder, the reference documentation and the JSON
 * Schema all switch over this enum.
 */
public enum ValueKind {
    /** {@code int} or {@code Integer}: a YAML integer. */
    INTEGER("an integer", ""),
    /** {@code long} or {@code Long}: a YAML integer. */
    LONG("an integer", ""),
    /** {@code double} or {@code Double}: a YAML number. */
    NUMBER("a number", ""),
    /** {@code boolean} or {@code Boolean}: {@code true} or {@code false}. */
    BOOLEAN("true or false", ""),
    /** {@code String}: any text. */
    STRING("a string", ""),
    /** An enum: the kebab-case, lower-case name of a constant ({@code LEAST_CONNECTIONS} is {@code least-connections}). */
    ENUM("one of the listed values", ""),
    /** {@link java.time.Duration}: a number and a unit, {@code 250ns}, {@code 250us}, {@code 2ms}, {@code 1.5s}, {@code 5m}, {@code 1h}. */
    DURATION("a duration like 250us, 2ms, 1.5s or 5m", "duration"),
    /** {@link Rate}: events per unit of time, {@code 800/s}, {@code 2/ms}, {@code 120/m}, {@code 1.5k/s}. */
    RATE("a rate like 800/s, 2/ms or 120/m", "rate"),
    /** A {@code double} in [0, 1] ({@link Knob.Format#PROBABILITY}): {@code 0.01} or {@code 1%}. */
    PROBABILITY("a probability like 0.01 or 1%", "probability"),
    /**
     * A {@link org.distsim.core.random.Distribution} of durations, in nanoseconds:
     * {@code {dist: exponential, mean: 2ms}}, or a bare duration for a constant.
     */
    DISTRIBUTION("a distribution like {dist: exponential, mean: 2ms}, or a duration like 2ms", "duration"),
    /**
     * A {@link SizeDistribution}, in bytes: {@code 1MB}, or a distribution with sizes for its values,
     * {@code {dist: exponential, mean: 200kB}}.
     */
    SIZE("a size like 1MB, or a distribution like {dist: exponential, mean: 200kB}", "size"),
    /** A {@link ByteSize}: one amount of bytes, {@code 512MB}, {@code 1GiB}; never a distribution. */
    BYTES("a size like 512MB or 1GiB", "size"),
    /** {@link Bandwidth}: an amount per second, {@code 1 Gbit/s}, {@code 100 MB/s}, {@code 10Gbps}. */
    BANDWIDTH("a bandwidth like 1 Gbit/s, 100Mbit/s or 100 MB/s", "bandwidth"),
    /** A {@code String} naming a node ({@link Knob.Format#NODE_REF}). */
    NODE_REF("a node name", ""),
    /** A {@code String} naming a node or a workload ({@link Knob.Format#ACTOR_REF}). */
    ACTOR_REF("a node or workload name", ""),
    /** A {@code String} naming a node or a workload, or a zone as {@code zone:NAME} ({@link Knob.Format#PLACE_REF}). */
    PLACE_REF("a node or workload name, or zone:NAME for all of a zone", ""),
    /** A {@code String} naming a workload ({@link Knob.Format#WORKLOAD_REF}). */
    WORKLOAD_REF("a workload name", ""),
    /** {@code List<T>}: a YAML list of values of kind T. */
    LIST("a list", ""),
    /** A nested record of knobs: a YAML mapping. */
    MAPPING("a mapping", "");

    private final String expected;
    private final String unit;

    ValueKind(String expected, String unit) {
        this.expected = expected;
        this.unit = unit;
    }

    /** What an author should write, as the end of the sentence "expected ..." ("a rate like 800/s, ..."). */
    public String expected() {
        return expected;
    }

    /** The physical quantity ("duration", "rate", "probability"), or empty for plain values. */
    public String unit() {
        return unit;
    }
}
