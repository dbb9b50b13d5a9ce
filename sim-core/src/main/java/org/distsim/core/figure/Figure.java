package org.distsim.core.figure;

import java.util.Objects;

/**
 * One value of one figure in a run result: which declared figure, which instance of a family,
 * which statistic, and the value.
 *
 * @param spec       the declaration
 * @param qualifier  the peer of a family instance ({@code db} in {@code calls.db}); null otherwise
 * @param statistic  which value of the figure this is
 * @param value      a {@code Long} for counts, a {@code Double} otherwise; null where undefined (a
 *                   ratio of nothing, a percentile of no sample)
 */
public record Figure(FigureSpec spec, String qualifier, Statistic statistic, Number value) {

    public Figure {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(statistic, "statistic");
        if (!spec.statistics().contains(statistic)) {
            throw new IllegalArgumentException(spec.name() + " has no " + statistic + " statistic");
        }
        spec.key(qualifier, statistic); // checks the qualifier against the family
        if (value != null && (spec.kind() == FigureKind.COUNT) != (value instanceof Long)) {
            throw new IllegalArgumentException(spec.name() + ": a count's value is a Long, any other's a Double, got "
                    + value.getClass().getSimpleName());
        }
        if (value != null && !(value instanceof Long) && !(value instanceof Double)) {
            throw new IllegalArgumentException(spec.name() + ": a value is a Long or a Double");
        }
    }

    /** The value as a double, or null when it is undefined. */
    public Double doubleValue() {
        return value == null ? null : value.doubleValue();
    }

    /** The key in results and time series: {@code utilisation_mean}, {@code calls.db}, {@code hit_ratio}. */
    public String key() {
        return spec.key(qualifier, statistic);
    }
}
