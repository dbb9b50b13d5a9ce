package org.distsim.ui.model;

/**
 * The span of simulated time the charts show. A fixed 0-to-end axis crams the first minutes of a
 * long run into a sliver, so past a minute of run the axis grows with the clock instead (to the next round number, and
 * at least ten seconds), up to the whole run or {@link #WINDOW_SECONDS}, whichever is shorter;
 * after that it slides, showing the last five minutes. It slides a tick at a time, so the tick
 * labels stay round numbers and do not crawl.
 *
 * @param lowerSeconds left end of the axis
 * @param upperSeconds right end of the axis
 * @param tickSeconds  distance between labelled ticks
 */
public record TimeWindow(double lowerSeconds, double upperSeconds, double tickSeconds) {

    /** The longest span shown: five minutes, enough to see a fault and the recovery from it. */
    public static final double WINDOW_SECONDS = 300;
    private static final double LEAST_SECONDS = 10;
    /** A run this short keeps the whole run on the axis: it is never cramped, and a still axis reads easier. */
    private static final double SHORT_SECONDS = 60;

    /** The span to show when the clock reads {@code nowNanos} in a run of {@code endNanos}. */
    public static TimeWindow of(long nowNanos, long endNanos) {
        double now = nowNanos / 1e9;
        double end = endNanos / 1e9;
        if (end <= SHORT_SECONDS) {
            return new TimeWindow(0, end, roundUp(end / 6));
        }
        double cap = Math.min(end, WINDOW_SECONDS);
        if (now <= cap) {
            double upper = Math.min(cap, Math.max(LEAST_SECONDS, roundUp(now * 1.1)));
            return new TimeWindow(0, upper, roundUp(upper / 6));
        }
        double tick = roundUp(cap / 6);
        // The smallest tick-aligned left end that still shows now.
        double lower = Math.ceil((now - cap) / tick) * tick;
        double upper = lower + cap;
        if (upper > end) {
            upper = end;
            lower = end - cap;
        }
        return new TimeWindow(lower, upper, tick);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    public static double roundUp(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= raw * (1 - 1e-12)) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
