package org.distsim.ui.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.distsim.core.figure.Unit;
import org.distsim.core.random.Distribution;
import org.distsim.models.format.ComponentType;
import org.distsim.models.format.KnobSpec;
import org.distsim.models.scenario.ComponentSpec;
import org.distsim.ui.live.NodeState;
import org.distsim.ui.live.Reading;

/**
 * What the inspector shows for one component: its figures of the last interval, each under its
 * declared label with its value formatted by its unit, and its knobs as the scenario set them
 * (defaults included), in the format's spelling.
 */
public final class Inspector {

    /** One row: a name and its value as text. */
    public record Row(String name, String value) {
    }

    private Inspector() {
    }

    /** The type's one-line description. */
    public static String describe(ComponentSpec spec) {
        return spec.type().description();
    }

    public static List<Row> figures(NodeState state) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("state", !state.up() ? "down (crashed)" : state.slowdown() != 1
                ? "up, slowed x" + NodeBadge.number(state.slowdown()) : "up"));
        for (Reading reading : state.figures()) {
            Double value = reading.value();
            String name = reading.spec().label() + (reading.qualifier() == null ? "" : " " + reading.qualifier());
            rows.add(new Row(name, value == null ? "-" : figure(reading.spec().unit(), value)));
        }
        return rows;
    }

    public static List<Row> knobs(ComponentSpec spec) {
        List<Row> rows = new ArrayList<>();
        ComponentType type = spec.type();
        if (!(spec.config() instanceof Record config)) {
            return rows;
        }
        RecordComponent[] components = config.getClass().getRecordComponents();
        for (KnobSpec knob : type.knobs()) {
            for (RecordComponent component : components) {
                if (component.getName().equals(knob.component())) {
                    rows.add(new Row(knob.key(), text(read(component, config))));
                }
            }
        }
        return rows;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return "?";
        }
    }

    static String text(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Duration duration) {
            return nanos(duration.toNanos());
        }
        if (value instanceof Distribution distribution) {
            return distribution.name() + ", mean " + nanos(Math.round(distribution.mean()));
        }
        if (value instanceof Double number) {
            return decimal(number);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        if (value instanceof Collection<?> items) {
            List<String> texts = items.stream().map(Inspector::text).toList();
            return "[" + String.join(", ", texts) + "]";
        }
        if (value instanceof Record record) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object part = read(component, record);
                if (part != null) {
                    parts.add(component.getName() + " " + text(part));
                }
            }
            return "{" + String.join(", ", parts) + "}";
        }
        return value.toString();
    }

    /** A duration in the largest unit that keeps it readable: 250us, 2ms, 1.5s. */
    static String nanos(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        if (nanos >= 1_000_000_000L) {
            return decimal(nanos / 1e9) + "s";
        }
        if (nanos >= 1_000_000L) {
            return decimal(nanos / 1e6) + "ms";
        }
        if (nanos >= 1_000L) {
            return decimal(nanos / 1e3) + "us";
        }
        return nanos + "ns";
    }

    /** A figure's value by its unit: a fraction in percent, the others with their symbol ({@code 4.2ms}, {@code 12/s}). */
    static String figure(Unit unit, double value) {
        return unit == Unit.FRACTION ? NodeBadge.percent(value) : decimal(value) + unit.symbol();
    }

    static String decimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
