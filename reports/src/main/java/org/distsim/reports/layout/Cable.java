package org.distsim.reports.layout;

import java.util.Objects;
import org.distsim.core.facts.NetworkLink;

/**
 * A link of the network as the live view and the HTML report draw it: a cable between one box of
 * each end, chosen by {@link Cables}.
 *
 * @param link  the link, as the run's facts give it
 * @param from  the box drawn for its first end ({@code a})
 * @param to    the box drawn for its second end ({@code b})
 */
public record Cable(NetworkLink link, String from, String to) {

    public Cable {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /**
     * The link's bandwidth as a person writes it, in bits per second ({@code 100 Mbit/s},
     * {@code 1 Gbit/s}, {@code 2.5 Gbit/s}); empty for a link without one.
     */
    public String bandwidth() {
        double bits = link.bytesPerSecond() * 8;
        if (bits <= 0) {
            return "";
        }
        String[] units = {"bit/s", "kbit/s", "Mbit/s", "Gbit/s", "Tbit/s"};
        int unit = 0;
        while (bits >= 1000 && unit < units.length - 1) {
            bits /= 1000;
            unit++;
        }
        return trimmed(bits) + " " + units[unit];
    }

    /** The link's mean latency in milliseconds, to a tenth below 10 ms ({@code 40 ms}, {@code 2.5 ms}); empty when it has no mean. */
    public String latency() {
        if (link.latencyMeanNanos() == NetworkLink.NO_MEAN) {
            return "";
        }
        double ms = link.latencyMeanNanos() / 1e6;
        return (ms < 10 ? trimmed(ms) : Long.toString(Math.round(ms))) + " ms";
    }

    /** A utilisation as a whole percentage with a space ({@code 88 %}); never above 100. */
    public static String percent(double utilisation) {
        return Math.round(Math.max(0, Math.min(1, utilisation)) * 100) + " %";
    }

    /** To a tenth, without a trailing {@code .0}: {@code 100}, {@code 2.5}. */
    private static String trimmed(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10;
    }
}
