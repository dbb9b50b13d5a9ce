package org.distsim.cli.batch;

import java.util.ArrayList;
import java.util.List;
import org.distsim.models.scenario.SweepParameter;

/**
 * The design points of a sweep: the cross product of the parameters' values, the first parameter
 * varying slowest (like nested loops in the order the parameters are given).
 */
public final class DesignPoints {

    /** Beyond this many points a sweep is refused: almost surely a typo in a range. */
    public static final int MAX_POINTS = 100_000;

    private DesignPoints() {
    }

    /** Each point's value of each parameter, in cross-product order. */
    public static List<List<String>> of(List<SweepParameter> parameters) {
        long count = count(parameters);
        if (count > MAX_POINTS) {
            throw new IllegalArgumentException("the sweep has " + count + " design points; at most " + MAX_POINTS
                    + " are allowed");
        }
        List<List<String>> points = new ArrayList<>();
        points.add(List.of());
        for (SweepParameter parameter : parameters) {
            List<List<String>> next = new ArrayList<>(points.size() * parameter.values().size());
            for (List<String> prefix : points) {
                for (String value : parameter.values()) {
                    List<String> point = new ArrayList<>(prefix);
                    point.add(value);
                    next.add(List.copyOf(point));
                }
            }
            points = next;
        }
        return List.copyOf(points);
    }

    /** The {@code --set} arguments that put the scenario at {@code point}: every path of each parameter. */
    public static List<String> overrides(List<SweepParameter> parameters, List<String> point) {
        List<String> overrides = new ArrayList<>(parameters.size());
        for (int i = 0; i < parameters.size(); i++) {
            overrides.addAll(parameters.get(i).overrides(point.get(i)));
        }
        return overrides;
    }

    private static long count(List<SweepParameter> parameters) {
        long count = 1;
        for (SweepParameter parameter : parameters) {
            count *= parameter.values().size();
            if (count > MAX_POINTS) {
                return count;
            }
        }
        return count;
    }
}
