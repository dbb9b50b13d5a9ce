package org.distsim.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.distsim.core.figure.FigureKind;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;
import org.distsim.core.result.WorkloadFigures;
import org.distsim.ui.live.NodeState;
import org.distsim.ui.live.Reading;

/**
 * What a component's box shows: its name, its type, its health and its headline figures of the
 * last interval, each as its label and its value formatted by its unit ({@code utilisation 83%},
 * {@code queue 12}, {@code hit ratio 91%}, {@code ok 599/s}). Which figures are headline, and what
 * they are called, is the component type's declaration; nothing here knows a component.
 *
 * <p>The health: down while crashed, degraded while slowed, while the last interval counted errors
 * (the status names the first such figure: {@code rejected}, {@code unavailable}), while a load
 * fraction (utilisation) is at or above {@value #SATURATED}, or, for a workload, while its
 * availability is below 99 %; up otherwise.
 *
 * @param name    the component's name
 * @param type    its type
 * @param health  up, degraded or down
 * @param status  one word or two for the health ("down", "slowed x3", "saturated", "rejected")
 * @param lines   headline figures, such as "utilisation 83%", "queue 12", "hit ratio 91%"
 */
public record NodeBadge(String name, String type, Health health, String status, List<String> lines) {

    /** A load fraction (utilisation) at which a station counts as saturated. */
    static final double SATURATED = 0.95;
    /** A workload whose availability is below this is failing. */
    static final double AVAILABLE = 0.99;
    private static final int MAX_LINES = 4;

    public NodeBadge {
        lines = List.copyOf(lines);
    }

    public static NodeBadge of(NodeState state) {
        List<String> lines = new ArrayList<>();
        for (Reading reading : state.figures()) {
            if (reading.spec().headline() && reading.value() != null) {
                lines.add(reading.spec().label() + (reading.qualifier() == null ? "" : " " + reading.qualifier())
                        + " " + format(reading.spec().unit(), reading.value()));
            }
        }
        Health health = Health.UP;
        String status = "up";
        Reading errors = firstErrorCount(state);
        if (!state.up()) {
            health = Health.DOWN;
            status = "DOWN";
        } else if (state.slowdown() != 1) {
            health = Health.DEGRADED;
            status = "slowed x" + number(state.slowdown());
        } else if (!state.workload() && errors != null) {
            health = Health.DEGRADED;
            status = errors.spec().label();
        } else if (saturated(state)) {
            health = Health.DEGRADED;
            status = "saturated";
        } else if (state.workload() && failing(state)) {
            health = Health.DEGRADED;
            status = "failing";
        }
        return new NodeBadge(state.name(), state.type(), health, status,
                lines.size() > MAX_LINES ? lines.subList(0, MAX_LINES) : lines);
    }

    /** The first count of the errors role that counted something in the last interval, or null. */
    private static Reading firstErrorCount(NodeState state) {
        for (Reading reading : state.figures()) {
            if (reading.spec().role() == Role.ERRORS && reading.spec().kind() == FigureKind.COUNT
                    && reading.value() != null && reading.value() > 0) {
                return reading;
            }
        }
        return null;
    }

    /**
     * The component's first load fraction of the last interval (a utilisation), or a negative
     * number when it has none: a tier's cell is filled that high, so the hottest member stands out.
     */
    public static double load(NodeState state) {
        for (Reading reading : state.figures()) {
            if (reading.spec().role() == Role.LOAD && reading.spec().unit() == Unit.FRACTION
                    && reading.value() != null) {
                return reading.value();
            }
        }
        return -1;
    }

    /** Whether a load fraction (a utilisation) is at or above {@link #SATURATED}. */
    private static boolean saturated(NodeState state) {
        for (Reading reading : state.figures()) {
            if (reading.spec().role() == Role.LOAD && reading.spec().unit() == Unit.FRACTION
                    && reading.value() != null && reading.value() >= SATURATED) {
                return true;
            }
        }
        return false;
    }

    private static boolean failing(NodeState state) {
        for (Reading reading : state.figures()) {
            if (reading.spec().equals(WorkloadFigures.AVAILABILITY) && reading.value() != null
                    && reading.value() < AVAILABLE) {
                return true;
            }
        }
        return false;
    }

    /** A value in few characters, with its unit: {@code 83%}, {@code 12}, {@code 599/s}, {@code 4.2ms}. */
    static String format(Unit unit, double value) {
        return unit == Unit.FRACTION ? percent(value) : number(value) + unit.symbol();
    }

    static String percent(double ratio) {
        double percent = ratio * 100;
        if (percent >= 99.95 && percent < 100) {
            return String.format(Locale.ROOT, "%.2f%%", Math.floor(percent * 100) / 100);
        }
        return String.format(Locale.ROOT, "%.0f%%", Math.floor(percent + 0.5));
    }

    /** A figure in few characters: 3, 12.5, 1.2k, 3.4M. */
    static String number(double value) {
        double magnitude = Math.abs(value);
        if (magnitude < 0.05) {
            return "0";
        }
        if (magnitude >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", value / 1e6);
        }
        if (magnitude >= 1e4) {
            return String.format(Locale.ROOT, "%.0fk", value / 1e3);
        }
        if (magnitude >= 1e3) {
            return String.format(Locale.ROOT, "%.1fk", value / 1e3);
        }
        if (magnitude >= 10 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
