package org.distsim.bench;

import java.util.Arrays;

/** Summary of the measured iterations' rates: mean, sample standard deviation, min, median, max. */
record Stats(double mean, double stdev, double min, double median, double max, int n) {

    static Stats of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no measured iterations");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double stdev = values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0;
        int mid = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return new Stats(mean, stdev, sorted[0], median, sorted[sorted.length - 1], values.length);
    }

    /** Standard deviation as a percentage of the mean. */
    double relativeStdevPercent() {
        return mean == 0 ? 0 : 100 * stdev / mean;
    }
}
