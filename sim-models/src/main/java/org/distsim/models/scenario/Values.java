package org.distsim.models.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.distsim.models.format.Knob;
import org.distsim.models.format.Names;
import org.distsim.models.format.Rate;
import org.distsim.models.format.ValueKind;

/**
 * Converts one scalar of the tree to the Java value of a knob. Numeric kinds go through a
 * {@link BigDecimal} magnitude in their base unit (nanoseconds, events per second) so that the
 * range check is exact and the same for every kind.
 */
final class Values {

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private Values() {
    }

    /** True for YAML null and for an empty plain scalar, which the YAML parser reads as "". */
    static boolean isEmpty(JsonNode node) {
        return node.isNull() || (node.isTextual() && node.textValue().isEmpty());
    }

    /** The value as the subject of a sentence: {@code "three"}, {@code 1.5}, {@code a mapping}. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "nothing";
        } else if (node.isTextual()) {
            return node.textValue().isEmpty() ? "an empty value" : Units.quote(node.textValue());
        } else if (node.isObject()) {
            return "a mapping";
        } else if (node.isArray()) {
            return "a list";
        } else if (node.isValueNode()) {
            return node.asText();
        }
        return "this value";
    }

    /**
     * A number node as digits without an exponent, to be read as text with a unit; a number too
     * huge or too tiny to write out is refused here, as it has no unit either.
     */
    private static String plain(JsonNode number, String expected) throws BadValue {
        BigDecimal value = number.decimalValue().stripTrailingZeros();
        if (value.precision() - value.scale() > 30 || value.scale() > 30) {
            throw new BadValue("the number " + value + " has no unit and is out of range", expected);
        }
        return value.toPlainString();
    }

    /** The value as written, for "got ...": {@code -1/s}, {@code 0}. */
    static String shown(JsonNode node) {
        return node.isTextual() ? node.textValue() : describe(node);
    }

    /**
     * The magnitude of a value of an ordered kind, in its base unit: the number itself, nanoseconds
     * for a duration, events per second for a rate.
     *
     * @param expected  what to tell the author when the value is of the wrong type
     */
    static BigDecimal magnitude(ValueKind kind, JsonNode node, String expected) throws BadValue {
        switch (kind) {
            case INTEGER, LONG -> {
                if (!node.isIntegralNumber()) {
                    throw new BadValue(describe(node) + " is not an integer", expected);
                }
                return node.decimalValue();
            }
            case NUMBER -> {
                if (!node.isNumber()) {
                    throw new BadValue(describe(node) + " is not a number", expected);
                }
                if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
                    throw new BadValue(describe(node) + " is not a finite number", expected);
                }
                return node.decimalValue();
            }
            case DURATION -> {
                if (node.isTextual()) {
                    return BigDecimal.valueOf(Units.durationNanos(node.textValue()));
                }
                if (node.isNumber()) {
                    // A bare number gets the same message as the text "5": it lacks a unit. Its text is
                    // written plainly, so that 1e300 (which Jackson prints 1.0E300) is not read as
                    // the number 1.0 with the unit "E300".
                    return BigDecimal.valueOf(Units.durationNanos(plain(node, expected)));
                }
                throw new BadValue(describe(node) + " is not a duration", expected);
            }
            case RATE -> {
                if (node.isTextual()) {
                    return Units.ratePerSecond(node.textValue());
                }
                if (node.isNumber()) {
                    return Units.ratePerSecond(plain(node, expected));
                }
                throw new BadValue(describe(node) + " is not a rate", expected);
            }
            default -> throw new IllegalArgumentException(kind + " is not an ordered kind");
        }
    }

    /** The Java value of a magnitude that passed the knob's range check. */
    static Object materialize(ValueKind kind, BigDecimal magnitude, String expected) throws BadValue {
        return switch (kind) {
            case INTEGER -> {
                if (magnitude.compareTo(INT_MIN) < 0 || magnitude.compareTo(INT_MAX) > 0) {
                    throw new BadValue(magnitude.toPlainString() + " is too large for this knob",
                            expected + " between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
                }
                yield magnitude.intValueExact();
            }
            case LONG -> {
                if (magnitude.compareTo(LONG_MIN) < 0 || magnitude.compareTo(LONG_MAX) > 0) {
                    throw new BadValue(magnitude.toPlainString() + " is too large for this knob",
                            expected + " between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
                }
                yield magnitude.longValueExact();
            }
            case NUMBER -> magnitude.doubleValue();
            case DURATION -> Duration.ofNanos(magnitude.longValueExact());
            case RATE -> new Rate(magnitude.doubleValue());
            default -> throw new IllegalArgumentException(kind + " is not an ordered kind");
        };
    }

    /**
     * The magnitude of a bound or default written in a {@link Knob} annotation.
     *
     * @throws IllegalArgumentException when the text is not a value of the kind: a mistake in the source
     */
    static BigDecimal bound(ValueKind kind, String text) {
        try {
            return switch (kind) {
                case INTEGER, LONG, NUMBER -> new BigDecimal(text);
                case DURATION -> BigDecimal.valueOf(Units.durationNanos(text));
                case RATE -> Units.ratePerSecond(text);
                default -> throw new IllegalArgumentException(kind + " values have no bounds");
            };
        } catch (BadValue | NumberFormatException e) {
            throw new IllegalArgumentException("bad bound \"" + text + "\" for a " + kind + " knob: " + e.getMessage(), e);
        }
    }

    static boolean bool(JsonNode node) throws BadValue {
        if (!node.isBoolean()) {
            throw new BadValue(describe(node) + " is not true or false", ValueKind.BOOLEAN.expected());
        }
        return node.booleanValue();
    }

    static String string(JsonNode node) throws BadValue {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.asText();
        }
        if (node.isBoolean()) {
            throw new BadValue(node.asText() + " is read as a boolean here; quote the value if you meant text",
                    ValueKind.STRING.expected());
        }
        throw new BadValue(describe(node) + " is not a string", ValueKind.STRING.expected());
    }

    static Enum<?> enumConstant(Class<?> type, JsonNode node) throws BadValue {
        Map<String, Enum<?>> byName = new LinkedHashMap<>();
        for (Object constant : type.getEnumConstants()) {
            Enum<?> value = (Enum<?>) constant;
            byName.put(Names.enumValue(value), value);
        }
        String expected = Suggestions.oneOf(byName.keySet());
        if (!node.isTextual()) {
            throw new BadValue(describe(node) + " is not a valid value", expected);
        }
        Enum<?> constant = byName.get(node.textValue());
        if (constant == null) {
            throw new BadValue("unknown value " + Units.quote(node.textValue()), expected,
                    Suggestions.closest(node.textValue(), byName.keySet()));
        }
        return constant;
    }

    /** A probability: a number in [0, 1], or a percentage in [0%, 100%]. */
    static double probability(JsonNode node) throws BadValue {
        String expected = ValueKind.PROBABILITY.expected();
        BigDecimal p;
        if (node.isNumber()) {
            if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
                throw new BadValue(describe(node) + " is not a probability", expected);
            }
            p = node.decimalValue();
        } else if (node.isTextual() && Units.percent(node.textValue()) != null) {
            p = Units.percent(node.textValue());
        } else {
            throw new BadValue(describe(node) + " is not a probability", expected);
        }
        if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
            throw new BadValue("must be between 0 and 1 (or 0% and 100%), got " + shown(node), null);
        }
        return p.doubleValue();
    }
}
