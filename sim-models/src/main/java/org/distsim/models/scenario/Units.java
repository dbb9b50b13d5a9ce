package org.distsim.models.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.distsim.models.format.ValueKind;

/**
 * The unit strings of the format: durations ({@code 250us}, {@code 1.5s}), rates
 * ({@code 800/s}, {@code 1.5k/s}) and percentages ({@code 1%}). Arithmetic is done in
 * {@link BigDecimal}, so {@code 0.1s} is exactly 100,000,000 ns.
 */
public final class Units {

    static final String DURATION_EXPECTED = ValueKind.DURATION.expected();
    static final String RATE_EXPECTED = ValueKind.RATE.expected();

    /** Nanoseconds per unit, smallest first. */
    static final Map<String, Long> DURATION_UNITS = durationUnits();

    /** Spellings people try, and the unit they mean. */
    private static final Map<String, String> ALIASES = aliases();

    private static final Map<String, BigDecimal> MULTIPLIERS =
            Map.of("", BigDecimal.ONE, "k", BigDecimal.valueOf(1_000), "M", BigDecimal.valueOf(1_000_000));

    /** A sign, a decimal number, blanks, and the rest (the unit); the parts are judged one by one. */
    private static final Pattern NUMBER_AND_REST =
            Pattern.compile("([+-]?)(\\d+(?:\\.\\d+)?|\\.\\d+|\\d+\\.)([ \\t]*)(.*)", Pattern.DOTALL);

    /** What follows the digits of a number written with an exponent: {@code e300} of {@code 1e300}. */
    private static final Pattern EXPONENT = Pattern.compile("[eE][+-]?\\d.*", Pattern.DOTALL);

    private static final Pattern RATE_REST = Pattern.compile("([kM]?)([ \\t]*)/([ \\t]*)(.*)", Pattern.DOTALL);

    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)[ \\t]*%");

    /** More digits than this cannot be a sensible duration or rate, and would be slow to compute with. */
    private static final int MAX_DIGITS = 30;

    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private Units() {
    }

    /**
     * Nanoseconds of a duration written as a number and a unit, rounded half-even to whole
     * nanoseconds. A bare {@code 0} needs no unit.
     */
    static long durationNanos(String text) throws BadValue {
        Matcher m = NUMBER_AND_REST.matcher(text);
        if (text.isBlank() || !m.matches()) {
            throw new BadValue(quote(text) + " is not a duration", DURATION_EXPECTED);
        }
        String sign = m.group(1);
        String number = m.group(2);
        String blanks = m.group(3);
        String unit = m.group(4);
        if (sign.equals("-")) {
            throw new BadValue("a duration cannot be negative: " + quote(text), DURATION_EXPECTED);
        }
        if (EXPONENT.matcher(unit).matches()) {
            throw new BadValue(quote(text) + " has an exponent; write a duration as a plain number and a unit",
                    DURATION_EXPECTED);
        }
        if (unit.isEmpty()) {
            if (isZero(number)) {
                return 0;
            }
            throw new BadValue(quote(text) + " has no unit; add one, like " + number + "ms or " + number + "s",
                    DURATION_EXPECTED);
        }
        String canonical = canonicalUnit(unit);
        String fixedNumber = fixNumber(number);
        if (!DURATION_UNITS.containsKey(unit)) {
            throw new BadValue("unknown unit " + quote(unit) + " in " + quote(text) + "; the units are ns, us, ms, s, m and h",
                    DURATION_EXPECTED, canonical == null ? null : fixedNumber + canonical);
        }
        if (!blanks.isEmpty() || !fixedNumber.equals(number)) {
            throw new BadValue("bad duration " + quote(text) + ": write the number and the unit together",
                    DURATION_EXPECTED, fixedNumber + unit);
        }
        BigDecimal nanos = decimal(number, text).multiply(BigDecimal.valueOf(DURATION_UNITS.get(unit)))
                .setScale(0, RoundingMode.HALF_EVEN);
        if (nanos.compareTo(LONG_MAX) > 0) {
            throw new BadValue("duration " + quote(text) + " is too long; the longest is 2562047h (292 years)",
                    DURATION_EXPECTED);
        }
        return nanos.longValueExact();
    }

    /** Events per second of a rate written as {@code count/unit}; may be negative, for the range check to report. */
    static BigDecimal ratePerSecond(String text) throws BadValue {
        Matcher m = NUMBER_AND_REST.matcher(text);
        if (text.isBlank() || !m.matches()) {
            throw new BadValue(quote(text) + " is not a rate", RATE_EXPECTED);
        }
        String sign = m.group(1);
        String number = m.group(2);
        String rest = m.group(4);
        String fixedNumber = fixNumber(number);
        Matcher r = RATE_REST.matcher(rest);
        if (!r.matches()) {
            String suggestion = rest.isEmpty() ? sign + fixedNumber + "/s" : null;
            throw new BadValue(rest.isEmpty()
                    ? quote(text) + " has no time unit; add one, like " + fixedNumber + "/s"
                    : quote(text) + " is not a rate", RATE_EXPECTED, suggestion);
        }
        String multiplier = r.group(1);
        String unit = r.group(4);
        String canonical = canonicalUnit(unit);
        if (!DURATION_UNITS.containsKey(unit)) {
            throw new BadValue("unknown time unit " + quote(unit) + " in " + quote(text) + "; the units are ns, us, ms, s, m and h",
                    RATE_EXPECTED, canonical == null ? null : sign + fixedNumber + multiplier + "/" + canonical);
        }
        boolean blanks = !m.group(3).isEmpty() || !r.group(2).isEmpty() || !r.group(3).isEmpty();
        if (blanks || !fixedNumber.equals(number)) {
            throw new BadValue("bad rate " + quote(text) + ": write it without spaces",
                    RATE_EXPECTED, sign + fixedNumber + multiplier + "/" + unit);
        }
        BigDecimal count = decimal(number, text).multiply(MULTIPLIERS.get(multiplier));
        BigDecimal perSecond = count.multiply(NANOS_PER_SECOND)
                .divide(BigDecimal.valueOf(DURATION_UNITS.get(unit)), MathContext.DECIMAL64);
        return sign.equals("-") ? perSecond.negate() : perSecond;
    }

    /** A percentage such as {@code 1%} or {@code 99.9%} as a fraction, or null when the text is not one. */
    static BigDecimal percent(String text) {
        Matcher m = PERCENT.matcher(text);
        if (!m.matches() || m.group(1).length() > MAX_DIGITS) {
            return null;
        }
        return new BigDecimal(fixNumber(m.group(1))).movePointLeft(2);
    }

    /** A duration in the largest unit that shows it exactly ({@code 1500000000} gives {@code 1500ms}). */
    public static String formatNanos(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        String best = nanos + "ns";
        for (Map.Entry<String, Long> unit : DURATION_UNITS.entrySet()) {
            if (nanos % unit.getValue() == 0) {
                best = (nanos / unit.getValue()) + unit.getKey();
            }
        }
        return best;
    }

    /** The unit meant by a misspelt one ({@code sec} is {@code s}, {@code mss} is {@code ms}), or null. */
    private static String canonicalUnit(String unit) {
        String trimmed = unit.strip();
        if (DURATION_UNITS.containsKey(trimmed)) {
            return trimmed;
        }
        String alias = ALIASES.get(trimmed.toLowerCase(Locale.ROOT));
        if (alias != null) {
            return alias;
        }
        if (DURATION_UNITS.containsKey(trimmed.toLowerCase(Locale.ROOT))) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        // Only a one-letter slip ("mss"); one or two letters are too short to guess from ("d" is not "s"),
        // and "e3ms" is not "ms".
        String closest = trimmed.length() >= 3 ? Suggestions.closest(trimmed, DURATION_UNITS.keySet()) : null;
        return closest != null && Suggestions.distance(trimmed.toLowerCase(Locale.ROOT), closest) <= 1 ? closest : null;
    }

    /** {@code .5} becomes {@code 0.5} and {@code 5.} becomes {@code 5}: YAML allows them, the format does not. */
    private static String fixNumber(String number) {
        if (number.startsWith(".")) {
            return "0" + number;
        }
        if (number.endsWith(".")) {
            return number.substring(0, number.length() - 1);
        }
        return number;
    }

    private static BigDecimal decimal(String number, String text) throws BadValue {
        if (number.length() > MAX_DIGITS) {
            throw new BadValue(quote(text) + " has too many digits (at most " + MAX_DIGITS + ")", null);
        }
        return new BigDecimal(number);
    }

    private static boolean isZero(String number) {
        return number.chars().allMatch(c -> c == '0' || c == '.');
    }

    static String quote(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return "\"" + shown + "\"";
    }

    private static Map<String, Long> durationUnits() {
        Map<String, Long> units = new LinkedHashMap<>();
        units.put("ns", 1L);
        units.put("us", 1_000L);
        units.put("ms", 1_000_000L);
        units.put("s", 1_000_000_000L);
        units.put("m", 60_000_000_000L);
        units.put("h", 3_600_000_000_000L);
        return Collections.unmodifiableMap(units);
    }

    private static Map<String, String> aliases() {
        Map<String, String> aliases = new LinkedHashMap<>();
        for (String s : new String[] {"nsec", "nsecs", "nanos", "nanosecond", "nanoseconds"}) {
            aliases.put(s, "ns");
        }
        for (String s : new String[] {"µs", "μs", "usec", "usecs", "micros", "microsecond", "microseconds"}) {
            aliases.put(s, "us");
        }
        for (String s : new String[] {"msec", "msecs", "millis", "millisecond", "milliseconds"}) {
            aliases.put(s, "ms");
        }
        for (String s : new String[] {"sec", "secs", "second", "seconds"}) {
            aliases.put(s, "s");
        }
        for (String s : new String[] {"min", "mins", "minute", "minutes"}) {
            aliases.put(s, "m");
        }
        for (String s : new String[] {"hr", "hrs", "hour", "hours"}) {
            aliases.put(s, "h");
        }
        return Collections.unmodifiableMap(aliases);
    }
}
