package org.distsim.cli;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A duration given on the command line, such as {@code 250us}, {@code 2ms}, {@code 1.5s},
 * {@code 5m} or {@code 1h}: a decimal number and a unit ({@code ns}, {@code us}, {@code ms},
 * {@code s}, {@code m}, {@code h}), with no space. It keeps the text as typed, for the reproduce
 * line, and the value in nanoseconds, which must be a whole number: positive for a duration
 * ({@link #parse}), and possibly zero for a moment of the run ({@link #parseMoment}, such as
 * {@code --at 0s}, the start).
 */
record DurationArg(String text, long nanos) {

    private static final Pattern SYNTAX = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(ns|us|ms|s|m|h)");
    private static final Map<String, Long> NANOS_PER_UNIT = Map.of(
            "ns", 1L,
            "us", 1_000L,
            "ms", 1_000_000L,
            "s", 1_000_000_000L,
            "m", 60_000_000_000L,
            "h", 3_600_000_000_000L);
    private static final BigInteger MAX_NANOS = BigInteger.valueOf(Long.MAX_VALUE);

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException with a message that quotes the text and shows valid examples
     */
    static DurationArg parse(String text) {
        DurationArg parsed = parseMoment(text);
        if (parsed.nanos() == 0) {
            throw new IllegalArgumentException("'" + text + "' is not a usable duration: it must be longer than zero");
        }
        return parsed;
    }

    /**
     * Parses {@code text} as a moment of the run, measured from its start: like {@link #parse}, but
     * zero (the start itself) is a valid moment.
     *
     * @throws IllegalArgumentException with a message that quotes the text and shows valid examples
     */
    static DurationArg parseMoment(String text) {
        Matcher m = SYNTAX.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: expected a number and a unit"
                    + " (ns, us, ms, s, m, h) with no space, like 250us, 2ms, 1.5s, 5m or 1h");
        }
        BigDecimal nanos = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(NANOS_PER_UNIT.get(m.group(2))));
        BigInteger whole;
        try {
            whole = nanos.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is finer than the simulator's resolution of 1ns", e);
        }
        if (whole.compareTo(MAX_NANOS) > 0) {
            throw new IllegalArgumentException("'" + text + "' is longer than the longest simulated time,"
                    + " about 292 years (2^63 - 1 ns)");
        }
        return new DurationArg(text, whole.longValueExact());
    }

    /** Lets picocli turn a bad value into a usage error (exit 2) that names the option. */
    static final class Converter implements ITypeConverter<DurationArg> {
        @Override
        public DurationArg convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The same for a moment of the run ({@link #parseMoment}): zero, the start, is accepted. */
    static final class MomentConverter implements ITypeConverter<DurationArg> {
        @Override
        public DurationArg convert(String value) {
            try {
                return parseMoment(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
