package org.distsim.reports.batch;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A swept parameter as an axis: whether its values are numbers with one unit ({@code 500/s},
 * {@code 2ms}), their numbers and unit, and a label for people instead of the raw path
 * ({@code workloads.clients.rate} reads "rate of clients (per second)").
 */
public final class ParameterAxis {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");

    private ParameterAxis() {
    }

    /** Whether every value is a number followed by one and the same unit (such as {@code 500/s}). */
    public static boolean numeric(List<String> values) {
        return !values.isEmpty() && values.stream().allMatch(v -> number(v) != null)
                && values.stream().map(ParameterAxis::unitOf).distinct().count() == 1;
    }

    /** The number a value starts with, exactly as written; null when it starts with none. */
    public static BigDecimal number(String value) {
        String text = numberText(value);
        return text.isEmpty() ? null : new BigDecimal(text);
    }

    /** What follows the number of a value, trimmed: {@code /s} of {@code 500/s}, empty for a plain number. */
    public static String unitOf(String value) {
        return value.strip().substring(numberText(value).length()).strip();
    }

    /** A value of the parameter in its own spelling: {@code 512.5} and {@code /s} give {@code 512.5/s}. */
    public static String text(BigDecimal number, String unit) {
        return number.stripTrailingZeros().toPlainString() + unit;
    }

    /**
     * A label for people: the knob's words, "of" the node or workload it belongs to, and the unit
     * in words ({@code nodes.server.service-time.mean} in {@code ms} is "service time mean of server
     * (ms)"); a top-level path is its own words.
     */
    public static String label(String path, String unit) {
        String[] parts = path.split("\\.");
        String words;
        if ((parts[0].equals("nodes") || parts[0].equals("workloads")) && parts.length >= 3) {
            StringBuilder knob = new StringBuilder();
            for (int i = 2; i < parts.length; i++) {
                knob.append(i > 2 ? " " : "").append(parts[i].replace('-', ' '));
            }
            words = knob + " of " + parts[1];
        } else {
            words = path.replace('.', ' ').replace('-', ' ');
        }
        return unit.isEmpty() ? words : words + " (" + unitWords(unit) + ")";
    }

    private static String unitWords(String unit) {
        String lower = unit.toLowerCase(Locale.ROOT);
        if (lower.equals("/s")) {
            return "per second";
        }
        if (lower.equals("/m")) {
            return "per minute";
        }
        if (lower.equals("/h")) {
            return "per hour";
        }
        return unit;
    }

    private static String numberText(String value) {
        Matcher m = NUMBER.matcher(value.strip());
        return m.lookingAt() ? m.group() : "";
    }
}
