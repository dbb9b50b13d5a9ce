package org.distsim.models.format;

import java.math.BigDecimal;

/**
 * How fast a link or a network interface puts bytes on the wire. Written in YAML as an amount per
 * second, in bits ({@code 1 Gbit/s}, {@code 100Mbit/s}) or bytes ({@code 100 MB/s}), decimal
 * prefixes (k = 1000) or binary ones (KiB = 1024).
 *
 * @param bytesPerSecond bytes per second of simulated time; finite and above zero
 */
public record Bandwidth(double bytesPerSecond) {

    public Bandwidth {
        if (!Double.isFinite(bytesPerSecond) || bytesPerSecond <= 0) {
            throw new IllegalArgumentException("a bandwidth must be a finite number of bytes per second > 0, got "
                    + bytesPerSecond);
        }
    }

    /** The bandwidth as a scenario could write it, in bytes ({@code 125000000B/s}). */
    @Override
    public String toString() {
        return BigDecimal.valueOf(bytesPerSecond).stripTrailingZeros().toPlainString() + "B/s";
    }
}
