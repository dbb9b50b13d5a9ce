package org.distsim.core.figure;

import java.util.List;
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
 * <p>Declarations read best through the factories, one per kind, and the withers:
 * <pre>{@code
 * static final FigureSpec HITS = FigureSpec.count("hits", Role.EFFICIENCY, "hits",
 *         "Reads answered from the cache, without a fetch.").asHeadline();
 * }</pre>
 *
 * @param name      snake_case, unique within its component type; the key in results ({@code hit_ratio});
 *                  it never ends in {@code _mean} or {@code _max}, the suffixes of a gauge's keys
 * @param kind      what sort of quantity it is
 * @param unit      the unit its value is in, which also bounds it
 * @param role      what it is evidence of
 * @param headline  one of the few figures that sum the component up (its badge in the live view, its
 *                  column in a compact table)
 * @param label     a short human label, lower case, without the unit ({@code hit ratio},
 *                  {@code replication lag p99})
 * @param doc       one sentence: what is counted or measured, and how
 * @param per       what the qualifier of a family names; {@link Per#NONE} for a single figure
 * @param window    when what it counts belongs to a measurement window: when it happens, or when the
 *                  request it is about was due (a per-request figure)
 */
public record FigureSpec(String name, FigureKind kind, Unit unit, Role role, boolean headline, String label,
        String doc, Per per, Window window) {

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
        PARTITION,
        /** A zone of the network ({@code cross_zone.eu-west}). */
        ZONE
    }

    public FigureSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(per, "per");
        Objects.requireNonNull(window, "window");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a figure name is snake_case, got \"" + name + "\"");
        }
        for (Statistic statistic : Statistic.values()) {
            if (!statistic.suffix().isEmpty() && name.endsWith(statistic.suffix())) {
                throw new IllegalArgumentException("figure " + name + " ends in " + statistic.suffix()
                        + ", which a gauge's keys end in: choose a name a key cannot be mistaken for");
            }
        }
        if (kind == FigureKind.RATIO && unit != Unit.FRACTION) {
            throw new IllegalArgumentException("ratio " + name + " must be a fraction, not " + unit);
        }
        if ((kind == FigureKind.COUNT || kind == FigureKind.AMOUNT) && unit == Unit.FRACTION) {
            throw new IllegalArgumentException(kind + " " + name + " cannot be a fraction");
        }
        if (kind == FigureKind.RATE && unit != Unit.PER_SECOND) {
            throw new IllegalArgumentException("rate " + name + " must be per second, not " + unit);
        }
        if (kind == FigureKind.DURATION && !unit.isTime()) {
            throw new IllegalArgumentException("duration " + name + " must be in a unit of time, not " + unit);
        }
        if (label.isBlank() || doc.isBlank()) {
            throw new IllegalArgumentException("figure " + name + " needs a label and a doc sentence");
        }
    }

    // ---- declaring ----------------------------------------------------------------------------------

    /** A count of things that happened after the warm-up, a plain number. */
    public static FigureSpec count(String name, Role role, String label, String doc) {
        return new FigureSpec(name, FigureKind.COUNT, Unit.ONE, role, false, label, doc, Per.NONE, Window.OCCURRENCE);
    }

    /** A time-weighted level in {@code unit}, summarised by its mean and maximum. */
    public static FigureSpec gauge(String name, Unit unit, Role role, String label, String doc) {
        return new FigureSpec(name, FigureKind.GAUGE, unit, role, false, label, doc, Per.NONE, Window.OCCURRENCE);
    }

    /** A share of a whole, a fraction in [0, 1]. */
    public static FigureSpec ratio(String name, Role role, String label, String doc) {
        return new FigureSpec(name, FigureKind.RATIO, Unit.FRACTION, role, false, label, doc, Per.NONE,
                Window.OCCURRENCE);
    }

    /** Events per second of simulated time. */
    public static FigureSpec rate(String name, Role role, String label, String doc) {
        return new FigureSpec(name, FigureKind.RATE, Unit.PER_SECOND, role, false, label, doc, Per.NONE,
                Window.OCCURRENCE);
    }

    /** A statistic of a duration, in {@code unit} (a unit of time). */
    public static FigureSpec duration(String name, Unit unit, Role role, String label, String doc) {
        return new FigureSpec(name, FigureKind.DURATION, unit, role, false, label, doc, Per.NONE, Window.OCCURRENCE);
    }

    /** A quotient that is no share of a whole (inserts per post), in {@code unit}. */
    public static FigureSpec quotient(String name, Unit unit, Role role, String label, String doc) {
        return new FigureSpec(name, FigureKind.QUOTIENT, unit, role, false, label, doc, Per.NONE, Window.OCCURRENCE);
    }

    /** An amount present when the run ended, in {@code unit}. */
    public static FigureSpec amount(String name, Unit unit, Role role, String label, String doc) {
        return new FigureSpec(name, FigureKind.AMOUNT, unit, role, false, label, doc, Per.NONE, Window.OCCURRENCE);
    }

    /** This declaration, as a headline figure. */
    public FigureSpec asHeadline() {
        return new FigureSpec(name, kind, unit, role, true, label, doc, per, window);
    }

    /** This declaration, as a family with one instance per {@code peer}. */
    public FigureSpec per(Per peer) {
        return new FigureSpec(name, kind, unit, role, headline, label, doc, peer, window);
    }

    /** This declaration, in another unit (a count of microseconds, say). */
    public FigureSpec in(Unit other) {
        return new FigureSpec(name, kind, other, role, headline, label, doc, per, window);
    }

    /** This declaration, as a per-request figure: it counts by the due time of its request. */
    public FigureSpec byDueTime() {
        return new FigureSpec(name, kind, unit, role, headline, label, doc, per, Window.DUE_TIME);
    }

    // ---- reading ------------------------------------------------------------------------------------

    /** Whether instances are qualified by a peer ({@code calls.<target>}). */
    public boolean isFamily() {
        return per != Per.NONE;
    }

    /** The statistics a result holds for this figure: mean and max for a gauge, the value otherwise. */
    public List<Statistic> statistics() {
        return kind == FigureKind.GAUGE ? List.of(Statistic.MEAN, Statistic.MAX) : List.of(Statistic.VALUE);
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
        if (qualifier != null && (qualifier.isEmpty() || qualifier.indexOf('.') >= 0)) {
            throw new IllegalArgumentException("the qualifier of " + name + " must be a non-empty name without"
                    + " dots, got \"" + qualifier + "\"");
        }
        return name + (qualifier == null ? "" : "." + qualifier) + statistic.suffix();
    }

    /**
     * The key of a time-series column of this figure: {@code name[.qualifier]} (a gauge's column is its
     * mean over each interval, a counter's its increase in it).
     */
    public String columnKey(String qualifier) {
        return key(qualifier, Statistic.VALUE);
    }
}
