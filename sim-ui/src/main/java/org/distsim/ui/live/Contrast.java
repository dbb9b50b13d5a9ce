package org.distsim.ui.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.figure.FigureKind;

/**
 * Whether a lesson figure tells anything apart, which a scenario's lesson figure must: the designs
 * it compares, or, where only one design records it (a scenario of one design), the places it is
 * recorded on that design's path (each consumer group's lag, each backend's queue). A figure with
 * the same value everywhere says that something happened, not what the scenario shows: the health
 * check of load-balancing marked one cache down in each of its two remapping designs, and the
 * event log of event-sourcing rebalanced twice.
 *
 * <p>Two counts differ when they lie further apart than sampling alone would put them: more than
 * three standard deviations of a Poisson count, {@code |a - b| > 3 sqrt(a + b)}, so one coalesced
 * read against none is the same, and 29 inconsistent orders against none are not. Any other figure
 * (a level, a share, a quotient) is already an average over many events, and differs when its
 * values do.
 */
final class Contrast {

    /** The tier of a figure that tells something apart: it ranks first. */
    static final int TELLS = 0;
    /** The tier of a figure with the same value wherever it is compared. */
    static final int SAME = 1;

    /** Standard deviations two counts must lie apart to differ. */
    private static final double SIGMAS = 3;

    private Contrast() {
    }

    /**
     * Each figure's tier, by its {@link LessonFigures.Entry#identity()}.
     *
     * @param everywhere each design's entries, one per node and peer on its path that records the figure
     */
    static Map<List<Object>, Integer> tiers(Map<String, List<LessonFigures.Entry>> everywhere) {
        // Per figure: per design recording it, that design's values on its path.
        Map<List<Object>, Map<String, List<Double>>> values = new LinkedHashMap<>();
        Map<List<Object>, FigureKind> kinds = new LinkedHashMap<>();
        everywhere.forEach((design, entries) -> entries.forEach(e -> {
            kinds.put(e.identity(), e.figure().spec().kind());
            List<Double> at = values.computeIfAbsent(e.identity(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(design, d -> new ArrayList<>());
            if (e.figure().value() != null && Double.isFinite(e.figure().value().doubleValue())) {
                at.add(e.figure().value().doubleValue());
            }
        }));
        Map<List<Object>, Integer> tiers = new LinkedHashMap<>();
        values.forEach((identity, byDesign) -> {
            List<Double> compared = new ArrayList<>();
            if (byDesign.size() == 1) {
                compared.addAll(byDesign.values().iterator().next());
            } else {
                // A design is compared by its largest value, as its line on the card names it.
                byDesign.values().forEach(v -> v.stream().mapToDouble(Double::doubleValue).max()
                        .ifPresent(compared::add));
            }
            tiers.put(identity, differ(kinds.get(identity), compared) ? TELLS : SAME);
        });
        return tiers;
    }

    /** Whether the largest and smallest of {@code values}, of figures of {@code kind}, differ. */
    static boolean differ(FigureKind kind, List<Double> values) {
        if (values.size() < 2) {
            return false;
        }
        double low = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double high = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        if (kind == FigureKind.COUNT) {
            return high - low > SIGMAS * Math.sqrt(Math.max(0, high + low));
        }
        return high > low;
    }
}
