package org.distsim.models.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of a swept parameter, from a list or from an evenly spaced range. A range keeps the
 * unit its ends are written in: {@code 500/s..950/s} in 10 steps is {@code 500/s, 550/s, ...,
 * 950/s}. The points are computed in decimal arithmetic (12 significant digits), so they print
 * the same on every machine and read as an author would write them ({@code 0.55}, never
 * {@code 0.5500000000000001}).
 */
public final class SweepValues {

    /** A number at the start of a value, and the unit after it. */
    private static final Pattern NUMBER_AND_UNIT =
            Pattern.compile("([-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?)(.*)");
    private static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);
    /** A sweep with more points than this is almost surely a typo in {@code steps}. */
    public static final int MAX_STEPS = 10_000;

    private SweepValues() {
    }

    /**
     * {@code steps} evenly spaced values from {@code from} to {@code to}, both included.
     *
     * @throws IllegalArgumentException saying what is wrong, when an end is not a number with an
     *                                  optional unit, the units differ, or steps is below 2
     */
    public static List<String> range(String from, String to, int steps) {
        if (steps < 2 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be from 2 to " + MAX_STEPS + " (both ends count), got " + steps);
        }
        Matcher start = numberAndUnit(from.strip());
        Matcher end = numberAndUnit(to.strip());
        if (!start.group(2).strip().equals(end.group(2).strip())) {
            throw new IllegalArgumentException("the ends of a range need the same unit, got \"" + from.strip()
                    + "\" and \"" + to.strip() + "\"");
        }
        BigDecimal low = new BigDecimal(start.group(1));
        BigDecimal span = new BigDecimal(end.group(1)).subtract(low);
        String unit = start.group(2).strip();
        List<String> values = new ArrayList<>(steps);
        BigDecimal last = BigDecimal.valueOf(steps - 1L);
        for (int i = 0; i < steps; i++) {
            BigDecimal value = i == steps - 1 ? new BigDecimal(end.group(1))
                    : low.add(span.multiply(BigDecimal.valueOf(i)).divide(last, DIGITS), DIGITS);
            values.add(plain(value) + unit);
        }
        return List.copyOf(values);
    }

    /**
     * A {@code --param} argument: {@code PATH=VALUES}, or {@code NAME=PATH,PATH,...=VALUES} for a
     * parameter that sets several paths together, where {@code VALUES} is {@code v1,v2,...} or
     * {@code from..to:steps}.
     *
     * @throws IllegalArgumentException saying what is wrong and what was expected
     */
    public static SweepParameter parse(String argument) {
        int equals = argument.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("expected PATH=v1,v2,... or PATH=from..to:steps"
                    + " (or NAME=PATH,PATH,...=VALUES), got \"" + argument + "\"");
        }
        String head = argument.substring(0, equals).strip();
        String text = argument.substring(equals + 1).strip();
        int second = text.indexOf('=');
        if (second < 0) {
            return new SweepParameter(head, List.of(head), values(text));
        }
        // NAME=PATHS=VALUES: a value never holds '=', so a second one marks the list of paths.
        List<String> paths = Arrays.stream(text.substring(0, second).split(",", -1)).map(String::strip).toList();
        if (paths.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("an empty path in \"" + text.substring(0, second)
                    + "\"; expected NAME=PATH,PATH,...=VALUES");
        }
        for (String path : paths) {
            if (paths.indexOf(path) != paths.lastIndexOf(path)) {
                throw new IllegalArgumentException(path + " is given twice in " + head
                        + "; each path once");
            }
        }
        return new SweepParameter(head, paths, values(text.substring(second + 1).strip()));
    }

    /** {@code v1,v2,...} or {@code from..to:steps}. */
    private static List<String> values(String text) {
        int dots = text.indexOf("..");
        int colon = text.lastIndexOf(':');
        if (dots > 0 && colon > dots && !text.contains(",")) {
            String stepsText = text.substring(colon + 1).strip();
            int steps;
            try {
                steps = Integer.parseInt(stepsText);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the number of steps after ':' must be an integer, got \""
                        + stepsText + "\"", e);
            }
            return range(text.substring(0, dots), text.substring(dots + 2, colon), steps);
        }
        List<String> values = Arrays.stream(text.split(",", -1)).map(String::strip).toList();
        if (values.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("an empty value in \"" + text + "\"; expected v1,v2,... or from..to:steps");
        }
        return values;
    }

    private static Matcher numberAndUnit(String value) {
        Matcher m = NUMBER_AND_UNIT.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("the end of a range must be a number with an optional unit"
                    + " (0.5, 800/s, 2ms), got \"" + value + "\"");
        }
        return m;
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }
}
