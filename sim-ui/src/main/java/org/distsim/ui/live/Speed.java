package org.distsim.ui.live;

import java.util.Locale;

/** The speeds a presenter steps through: simulated seconds per wall second, from 1/100 to as fast as possible. */
public final class Speed {

    /** As fast as the machine can simulate. */
    public static final double MAX = Double.POSITIVE_INFINITY;

    private static final double[] LADDER = {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, MAX};

    /** The default: one simulated second per wall second. */
    public static final double NORMAL = 1;

    private Speed() {
    }

    /** The speed {@code notches} steps away from {@code current} on the ladder, clamped to its ends. */
    public static double change(double current, int notches) {
        int index = 0;
        for (int i = 0; i < LADDER.length; i++) {
            if (LADDER[i] <= current) {
                index = i;
            }
        }
        int next = Math.max(0, Math.min(LADDER.length - 1, index + notches));
        return LADDER[next];
    }

    /** "0.1x", "1x", "max": simulated seconds per wall second, the ladder's names. */
    public static String label(double speed) {
        if (speed == MAX) {
            return "max";
        }
        if (speed >= 1) {
            return String.format(Locale.ROOT, "%.0fx", speed);
        }
        return String.format(Locale.ROOT, "%sx", Double.toString(speed));
    }

    /**
     * The speed achieved, to two significant figures ("0.21x", "1.0x", "37x"), so that it reads as
     * a measurement beside the ladder's round speeds.
     */
    public static String achievedLabel(double achieved) {
        if (achieved >= 10) {
            return String.format(Locale.ROOT, "%.0fx", achieved);
        }
        if (achieved >= 1) {
            return String.format(Locale.ROOT, "%.1fx", achieved);
        }
        if (achieved >= 0.1) {
            return String.format(Locale.ROOT, "%.2fx", achieved);
        }
        return String.format(Locale.ROOT, "%.3fx", achieved);
    }

    /**
     * What the toolbar says after the speed asked for, so that the speed on screen is never only the
     * one asked for: {@code · 0.98x achieved} while playing, {@code · 0.21x achieved: cannot keep
     * up} when the run lags (short enough for the toolbar at 1280 px), {@code · measuring} in the first moments of play (the meter
     * needs a fifth of a second), {@code · paused} or {@code · over} otherwise.
     *
     * @param achieved the meter's reading, null while it has none
     */
    public static String achievedNote(Mode mode, double asked, Double achieved) {
        if (mode == Mode.PAUSED) {
            return "· paused";
        }
        if (mode == Mode.FINISHED) {
            return "· over";
        }
        if (achieved == null) {
            return "· measuring";
        }
        String note = "· " + achievedLabel(achieved) + " achieved";
        return lagging(asked, achieved) ? note + ": cannot keep up" : note;
    }

    /**
     * Whether a run playing at {@code achieved} visibly lags the speed {@code asked} for: by more
     * than a tenth, which the pacing's own jitter never reaches.
     */
    public static boolean lagging(double asked, double achieved) {
        return asked != MAX && achieved < asked * 0.9;
    }

    static void check(double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive, got " + speed);
        }
    }
}
