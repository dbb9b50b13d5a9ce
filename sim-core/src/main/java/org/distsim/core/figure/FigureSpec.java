package org.distsim.core.figure;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The declaration of one figure a component records: its name, kind, unit and role, whether it is a
 * headline figure, a human label and one sentence of documentation. A component type declares its
 * figures once, as constants in its own package; the recorder, the JSON, the CSV, the reports, the
 * live view and {@code compare} all read kind, unit and label from here, so no one downstream needs
 * to recognise a figure by its name.
 *
 * <p>A figure may be a <em>family</em>, one instance per peer ({@code calls.<target>},
 * {@code to.<backend>}): its {@link #per} says what the qualifier names, and each instance is keyed
 * {@code <name>.<qualifier>}.
 *
 * @param name      snake_case, unique within its component type; the key in results ({@code hit_ratio})
 * @param kind      what sort of quantity it is
 * @param unit      the unit its value is in, which also bounds it
 * @param role      what it is evidence of
 * @param headline  one of the few figures that sum the component up (its badge in the live view, its
 *                  column in a compact table)
 * @param label     a short human label, lower case, without the unit ({@code hit ratio},
 *                  {@code replication lag p99})
 * @param doc       one sentence: what is counted or measured, and how
 * @param per       what the qualifier of a family names; {@link Per#NONE} for a single figure
 */
public record FigureSpec(String name, FigureKind kind, Unit unit, Role role, boolean headline, String label,
        String doc, Per per) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    /** What the qualifier of a figure family names. */
    public enum Per {
        /** Not a family: one figure. */
        NONE,
        /** The node a dependency call goes to ({@code calls.db}). */
        TARGET,
        /** A load balancer's or router's backend ({@code to.web-2}). */
        BACKEND,
        /** A consumer of a queue ({@code backlog.billing}). */
        CONSUMER,
        /** A partition of a log ({@code lag.p3}). */
        PARTITION
    }

    public FigureSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(per, "per");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a figure name is snake_case, got \"" + name + "\"");
        }
        if (kind == FigureKind.RATIO && unit != Unit.FRACTION) {
            throw new IllegalArgumentException("ratio " + name + " must be a fraction, not " + unit);
        }
        if (kind == FigureKind.COUNT && unit == Unit.FRACTION) {
            throw new IllegalArgumentException("count " + name + " cannot be a fraction");
        }
        if (label.isBlank() || doc.isBlank()) {
            throw new IllegalArgumentException("figure " + name + " needs a label and a doc sentence");
        }
    }

    /** Whether instances are qualified by a peer ({@code calls.<target>}). */
    public boolean isFamily() {
        return per != Per.NONE;
    }

    /** The statistics a result holds for this figure: mean and max for a gauge, the value otherwise. */
    public java.util.List<Statistic> statistics() {
        return kind == FigureKind.GAUGE ? java.util.List.of(Statistic.MEAN, Statistic.MAX)
                : java.util.List.of(Statistic.VALUE);
    }

    /**
     * The key of one value in a result: {@code name[.qualifier][suffix]}, e.g. {@code utilisation_mean},
     * {@code calls.db}.
     *
     * @param qualifier  the peer of a family instance; null for a single figure
     */
    public String key(String qualifier, Statistic statistic) {
        if (isFamily() != (qualifier != null)) {
            throw new IllegalArgumentException(isFamily() ? "figure family " + name + " needs a qualifier"
                    : "figure " + name + " is not a family and takes no qualifier");
        }
        return name + (qualifier == null ? "" : "." + qualifier) + statistic.suffix();
    }
}
