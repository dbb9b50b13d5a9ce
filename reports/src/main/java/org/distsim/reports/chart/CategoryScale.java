package org.distsim.reports.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Named positions at 0, 1, 2... (values that are not numbers, such as a load-balancing algorithm),
 * evenly spaced with half a step of room at either end; one tick per name.
 */
public final class CategoryScale implements Scale {

    private final List<Tick> ticks;
    private final int count;

    private CategoryScale(List<Tick> ticks, int count) {
        this.ticks = List.copyOf(ticks);
        this.count = count;
    }

    /** The axis of {@code labels}, in their order. */
    public static CategoryScale of(List<String> labels) {
        List<Tick> ticks = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            ticks.add(new Tick(i, labels.get(i)));
        }
        return new CategoryScale(ticks, labels.size());
    }

    @Override
    public double min() {
        return -0.5;
    }

    @Override
    public double max() {
        return Math.max(1, count) - 0.5;
    }

    @Override
    public List<Tick> ticks() {
        return ticks;
    }

    @Override
    public double fraction(double value) {
        return (value - min()) / (max() - min());
    }
}
