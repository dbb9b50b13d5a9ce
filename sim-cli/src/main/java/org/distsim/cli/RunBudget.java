package org.distsim.cli;

import java.util.List;
import java.util.Locale;
import org.distsim.core.kernel.SimulationConfig;
import org.distsim.models.scenario.Demand;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.Units;

/**
 * The budget of one run, checked before it starts: a run whose estimated events ({@link Demand})
 * exceed what the engine may dispatch, or whose estimated memory exceeds {@link #MAX_BYTES}, is
 * refused as bad input, with the numbers and the knobs that make them, unless {@code --force}.
 * Such a run is never what was meant: it would run for hours and then stop unfinished at the
 * engine's event limit, or fill the heap. The limits are far above every bundled scenario
 * (the largest estimates about 1 % of the event budget), so only an absurd run meets them.
 */
final class RunBudget {

    /** The events a run may dispatch: the engine's own limit, at which it stops unfinished. */
    static final double MAX_EVENTS = SimulationConfig.DEFAULT_MAX_EVENTS;
    /** The memory a run may hold, estimated: 2 GiB, what a default heap has on a 8 GB machine. */
    static final double MAX_BYTES = 2.0 * (1L << 30);
    /** How many knobs a refusal names, most costly first. */
    private static final int SHOWN = 3;

    private RunBudget() {
    }

    /**
     * Refuses a run of {@code scenario} for {@code durationNanos} that exceeds the budget.
     *
     * @param force  {@code --force}: run anyway
     */
    static void check(Scenario scenario, long durationNanos, boolean force) throws UserError {
        if (force) {
            return;
        }
        Demand demand = scenario.demand();
        double events = demand.events(durationNanos);
        String duration = Units.formatNanos(durationNanos);
        if (events > MAX_EVENTS) {
            StringBuilder message = new StringBuilder("a run of ").append(duration).append(" would need about ")
                    .append(count(events)).append(" events, more than the ").append(count(MAX_EVENTS))
                    .append(" a run may dispatch (it would stop unfinished at that limit); what makes them:");
            List<Demand.Term> terms = demand.byEvents(durationNanos);
            for (Demand.Term term : terms.subList(0, Math.min(SHOWN, terms.size()))) {
                message.append("\n  ").append(term.where()).append(": ").append(term.path()).append(": ")
                        .append(term.what()).append(": ").append(count(term.events(durationNanos))).append(" events (")
                        .append(percent(term.events(durationNanos) / events)).append(")");
            }
            throw new UserError(message.append("\n  shorten the run, change the knob to blame, or add --force to run"
                    + " it anyway (docs/scenario-format.md, \"Budgets and limits\")").toString());
        }
        double bytes = demand.bytes(durationNanos, scenario.intervalNanos());
        if (bytes > MAX_BYTES) {
            StringBuilder message = new StringBuilder("a run of ").append(duration).append(" would hold about ")
                    .append(megabytes(bytes)).append(" of memory, more than the ").append(megabytes(MAX_BYTES))
                    .append(" a run may hold; what holds it:");
            double series = demand.timeSeriesBytes(durationNanos, scenario.intervalNanos());
            List<Demand.Term> terms = demand.byBytes(durationNanos);
            boolean seriesShown = false;
            for (Demand.Term term : terms.subList(0, Math.min(SHOWN, terms.size()))) {
                if (!seriesShown && series >= term.bytes(durationNanos)) {
                    message.append(seriesLine(scenario, durationNanos, series, bytes));
                    seriesShown = true;
                }
                message.append("\n  ").append(term.where()).append(": ").append(term.path()).append(": ")
                        .append(term.what()).append(", in flight for up to ")
                        .append(Units.formatNanos(Math.min(term.holdNanos(), durationNanos))).append(": ")
                        .append(megabytes(term.bytes(durationNanos))).append(" (")
                        .append(percent(term.bytes(durationNanos) / bytes)).append(")");
            }
            if (!seriesShown) {
                message.append(seriesLine(scenario, durationNanos, series, bytes));
            }
            throw new UserError(message.append("\n  shorten the run, lower the rate or the timeout to blame, lengthen"
                    + " report-interval, or add --force to run it anyway (docs/scenario-format.md, \"Budgets and"
                    + " limits\")").toString());
        }
    }

    private static String seriesLine(Scenario scenario, long durationNanos, double series, double total) {
        long intervals = (durationNanos + scenario.intervalNanos() - 1) / scenario.intervalNanos();
        return "\n  report-interval: " + scenario.demand().series() + " time series of " + intervals + " intervals of "
                + Units.formatNanos(scenario.intervalNanos()) + ": " + megabytes(series) + " ("
                + percent(series / total)
                + ")";
    }

    private static String count(double value) {
        return Demand.count(value);
    }

    private static String megabytes(double bytes) {
        double mib = bytes / (1 << 20);
        return mib < 1e7 ? String.format(Locale.ROOT, "%,.0f MB", mib) : Demand.count(mib) + " MB";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }
}
