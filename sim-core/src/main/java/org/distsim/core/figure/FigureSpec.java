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
 * @param derivation for a figure derived from two others of the same component, what it divides by
 *                  what ({@link #quotientOf}); null for a figure recorded directly
 */
public record FigureSpec(String name, FigureKind kind, Unit unit, Role role, boolean headline, String label,
        String doc, Per per, Window window, Derivation derivation) {

    /**
     * A figure that is the quotient of two counts of the same component (and, for a family, of the
     * same peer), in the summary and in each interval of the time series: undefined where the
     * denominator is zero. Declaring it this way, rather than as a number computed somewhere, lets
     * every reader know what it is made of: a chart can tell "none of either" from "some offered,
     * nothing good" ({@link #infinite}).
     *
     * @param numerator   a count
     * @param denominator a count of the same family and window
     */
    public record Derivation(FigureSpec numerator, FigureSpec denominator) {

        public Derivation {
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
            for (FigureSpec part : List.of(numerator, denominator)) {
                if (part.kind() != FigureKind.COUNT) {
                    throw new IllegalArgumentException("a quotient of figures divides counts, not the " + part.kind()
                            + " " + part.name());
                }
            }
            if (numerator.per() != denominator.per() || numerator.window() != denominator.window()) {
                throw new IllegalArgumentException(numerator.name() + " and " + denominator.name()
                        + " are not of the same family and window, so their quotient means nothing");
            }
        }

        /**
         * Whether the quotient of these values is unbounded: something counted above and nothing
         * below (calls offered, none succeeded), which a quotient's value (undefined) cannot say.
         */
        public boolean infinite(Double numeratorValue, Double denominatorValue) {
            return numeratorValue != null && numeratorValue > 0 && denominatorValue != null && denominatorValue == 0;
        }
    }

    /** A figure recorded directly, derived from no other. */
    public FigureSpec(String name, FigureKind kind, Unit unit, Role role, boolean headline, String label, String doc,
            Per per, Window window) {
        this(name, kind, unit, role, headline, label, doc, per, window, null);
    }

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
        if (derivation != null && (kind != FigureKind.QUOTIENT || per != derivation.numerator().per()
                || window != derivation.numerator().window())) {
            throw new IllegalArgumentException("figure " + name + " is derived from " + derivation.numerator().name()
                    + " / " + derivation.denominator().name() + ": a quotient of their family and window");
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

    /**
     * A quotient of two declared counts of one component, {@code numerator / denominator} (retry
     * amplification = calls offered / calls that succeeded): of their family and window, a plain
     * number that may exceed one, recorded by the metrics from the two counts' own recorders.
     */
    public static FigureSpec quotientOf(String name, FigureSpec numerator, FigureSpec denominator, Role role,
            String label, String doc) {
        Derivation derivation = new Derivation(numerator, denominator);
        return new FigureSpec(name, FigureKind.QUOTIENT, Unit.ONE, role, false, label, doc, numerator.per(),
                numerator.window(), derivation);
    }

    /** An amount present when the run ended, in {@code unit}. */
    public static FigureSpec amount(String name, Unit unit, Role role, String label, String doc) {
        return new FigureSpec(name, FigureKind.AMOUNT, unit, role, false, label, doc, Per.NONE, Window.OCCURRENCE);
    }

    /** This declaration, as a headline figure. */
    public FigureSpec asHeadline() {
        return new FigureSpec(name, kind, unit, role, true, label, doc, per, window, derivation);
    }

    /** This declaration, as a family with one instance per {@code peer}. */
    public FigureSpec per(Per peer) {
        if (derivation != null) {
            throw new IllegalArgumentException("a derived figure is of its parts' family");
        }
        return new FigureSpec(name, kind, unit, role, headline, label, doc, peer, window, null);
    }

    /** This declaration, in another unit (a count of microseconds, say). */
    public FigureSpec in(Unit other) {
        return new FigureSpec(name, kind, other, role, headline, label, doc, per, window, derivation);
    }

    /** This declaration, as a per-request figure: it counts by the due time of its request. */
    public FigureSpec byDueTime() {
        if (derivation != null) {
            throw new IllegalArgumentException("a derived figure is of its parts' window");
        }
        return new FigureSpec(name, kind, unit, role, headline, label, doc, per, Window.DUE_TIME, null);
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
