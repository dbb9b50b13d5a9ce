package org.distsim.ui.view;

import java.util.function.ToDoubleFunction;

/**
 * An objective's label shortened to the plot it is drawn on. "SLO p99 ≤ 150 ms (eu-writers)" on a
 * narrow chart ran past the plot's right edge and was cut mid-word; now the workloads in brackets
 * give way first, a character at a time with an ellipsis, then the brackets as a whole, so the
 * objective's number always shows whole.
 */
final class ThresholdLabel {

    private ThresholdLabel() {
    }

    /**
     * The longest form of {@code full} no wider than {@code room} by {@code width}: the label itself,
     * its bracketed workloads cut short ("(us-app, e…)"), or the label without them. The last is
     * returned even when it does not fit: the objective's number is never cut.
     */
    static String fit(String full, double room, ToDoubleFunction<String> width) {
        if (width.applyAsDouble(full) <= room) {
            return full;
        }
        int open = full.lastIndexOf(" (");
        if (open < 0 || !full.endsWith(")")) {
            return full;
        }
        String bare = full.substring(0, open);
        String names = full.substring(open + 2, full.length() - 1);
        for (int keep = names.length() - 1; keep >= 1; keep--) {
            String kept = names.substring(0, keep).replaceAll("[, -]+$", "");
            if (kept.isEmpty()) {
                break;
            }
            String candidate = bare + " (" + kept + "…)";
            if (width.applyAsDouble(candidate) <= room) {
                return candidate;
            }
        }
        return bare;
    }
}
