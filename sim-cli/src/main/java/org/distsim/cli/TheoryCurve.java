package org.distsim.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.distsim.cli.batch.DesignPoints;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.SweepParameter;
import org.distsim.reports.batch.ParameterAxis;
import org.distsim.reports.batch.SweepResult;

/**
 * The theory of a sweep of one numeric parameter between its points, so the sweep page draws the
 * prediction as the curve it is rather than as straight lines between a few points: the scenario is
 * loaded (and forecast, never run) at evenly spaced values from the first to the last. A parameter
 * that takes whole numbers only (workers) is forecast at the whole numbers between; one that
 * cannot be set in between gives no curve.
 */
final class TheoryCurve {

    /** Steps between the lowest and the highest value. */
    static final int STEPS = 48;

    private TheoryCurve() {
    }

    static List<SweepResult.CurvePoint> of(ScenarioArgs scenario, List<SweepParameter> parameters,
            List<List<String>> points) throws UserError {
        if (parameters.size() != 1) {
            return List.of();
        }
        List<String> values = points.stream().map(p -> p.get(0)).distinct().toList();
        if (!ParameterAxis.numeric(values)) {
            return List.of();
        }
        String unit = ParameterAxis.unitOf(values.get(0));
        BigDecimal min = values.stream().map(ParameterAxis::number).min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = values.stream().map(ParameterAxis::number).max(BigDecimal::compareTo).orElseThrow();
        if (min.compareTo(max) >= 0) {
            return List.of();
        }
        List<SweepResult.CurvePoint> curve = curve(scenario, parameters, fractional(min, max), unit);
        if (curve.isEmpty()) {
            curve = curve(scenario, parameters, whole(min, max), unit);
        }
        return curve;
    }

    private static List<BigDecimal> fractional(BigDecimal min, BigDecimal max) {
        List<BigDecimal> grid = new ArrayList<>();
        BigDecimal step = max.subtract(min).divide(BigDecimal.valueOf(STEPS), 6, RoundingMode.HALF_EVEN);
        for (int i = 0; i < STEPS; i++) {
            grid.add(min.add(step.multiply(BigDecimal.valueOf(i))));
        }
        grid.add(max);
        return grid;
    }

    private static List<BigDecimal> whole(BigDecimal min, BigDecimal max) {
        List<BigDecimal> grid = new ArrayList<>();
        BigDecimal from = min.setScale(0, RoundingMode.CEILING);
        BigDecimal to = max.setScale(0, RoundingMode.FLOOR);
        if (to.subtract(from).compareTo(BigDecimal.valueOf(10L * STEPS)) > 0) {
            return grid;
        }
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(BigDecimal.ONE)) {
            grid.add(v);
        }
        return grid;
    }

    /** The forecast at each value of {@code grid}; empty when some value cannot be set. */
    private static List<SweepResult.CurvePoint> curve(ScenarioArgs scenario, List<SweepParameter> parameters,
            List<BigDecimal> grid, String unit) throws UserError {
        List<SweepResult.CurvePoint> curve = new ArrayList<>();
        for (BigDecimal x : grid) {
            try {
                curve.add(new SweepResult.CurvePoint(x.doubleValue(), Theories.of(scenario.load(
                        DesignPoints.overrides(parameters, List.of(ParameterAxis.text(x, unit)))))));
            } catch (ScenarioException e) {
                return List.of();
            }
        }
        return curve;
    }
}
