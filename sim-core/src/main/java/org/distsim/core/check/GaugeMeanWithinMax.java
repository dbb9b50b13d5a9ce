package org.distsim.core.check;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.figure.Figure;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.figure.Statistic;
import org.distsim.core.result.RunResult;

/**
 * A level's time-weighted mean is at most its maximum ({@code queue_mean <= queue_max}): a mean of
 * values none of which exceeds the maximum cannot exceed it either. Holds for every gauge of every
 * node and workload.
 */
public final class GaugeMeanWithinMax implements RunCheck {

    @Override
    public String invariant() {
        return "gauge mean within its maximum";
    }

    @Override
    public List<String> violations(RunResult result) {
        List<String> broken = new ArrayList<>();
        result.workloads().forEach((name, w) -> gauges(broken, "workload " + name, w.figures()));
        result.nodes().forEach((name, node) -> gauges(broken, "node " + name, node.figures()));
        return broken;
    }

    private static void gauges(List<String> broken, String where, FigureValues figures) {
        for (Figure figure : figures) {
            if (figure.statistic() != Statistic.MEAN || figure.value() == null) {
                continue;
            }
            String maxKey = figure.spec().key(figure.qualifier(), Statistic.MAX);
            Number max = figures.get(maxKey);
            if (max != null && figure.doubleValue() > max.doubleValue()) {
                broken.add(where + ": " + figure.key() + " " + figure.value() + " > " + maxKey + " " + max);
            }
        }
    }
}
