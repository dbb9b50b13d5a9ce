package org.distsim.models.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.distsim.models.format.ValueKind;

/**
 * The unit strings of sizes ({@code 1MB}, {@code 512KiB}) and bandwidths ({@code 1 Gbit/s},
 * {@code 100 MB/s}). Prefixes are decimal (k = 1000, M = 10^6, G = 10^9, T = 10^12) or binary
 * (Ki = 1024, Mi = 1024^2, ...), as storage and network vendors write them; a bandwidth may be in
 * bits ({@code bit}, with {@code bps} as a spelling of {@code bit/s}) or bytes ({@code B}).
 */
final class Sizes {

    static final String SIZE_EXPECTED = "a size like 200B, 64kB, 1MB or 1.5GB";
    static final String BANDWIDTH_EXPECTED = ValueKind.BANDWIDTH.expected();

    /** Bytes per unit, by spelling; insertion order is the order the suggestions list them in. */
    static final Map<String, BigDecimal> BYTE_UNITS = byteUnits();
    /** Bits per unit, for bandwidths. */
    private static final Map<String, BigDecimal> BIT_UNITS = bitUnits();

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)[ \\t]*([A-Za-z]*)");
    private static final Pattern BANDWIDTH = Pattern.compile("(\\d+(?:\\.\\d+)?)[ \\t]*([A-Za-z]+)(?:[ \\t]*/[ \\t]*s)?");
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal EIGHT = BigDecimal.valueOf(8);
    private static final int MAX_DIGITS = 30;

    private Sizes() {
    }

    /** The bytes of a size written as a number and a unit, rounded half-even to whole bytes; a bare 0 needs none. */
    static long bytes(String text) throws BadValue {
        String trimmed = text.strip();
        Matcher m = SIZE.matcher(trimmed);
        if (trimmed.length() > MAX_DIGITS || !m.matches()) {
            throw new BadValue(Units.quote(text) + " is not a size", SIZE_EXPECTED);
        }
        String unit = m.group(2);
        if (unit.isEmpty()) {
            if (new BigDecimal(m.group(1)).signum() == 0) {
                return 0;
            }
            throw new BadValue(Units.quote(text) + " has no unit; add one, like " + m.group(1) + "B or "
                    + m.group(1) + "kB", SIZE_EXPECTED);
        }
        BigDecimal perUnit = BYTE_UNITS.get(unit);
        if (perUnit == null) {
            throw new BadValue("unknown size unit " + Units.quote(unit) + " in " + Units.quote(text)
                    + "; the units are " + String.join(", ", BYTE_UNITS.keySet()), SIZE_EXPECTED,
                    suggestion(m.group(1), unit, BYTE_UNITS, "", ""));
        }
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(perUnit).setScale(0, RoundingMode.HALF_EVEN);
        if (bytes.compareTo(LONG_MAX) > 0) {
            throw new BadValue("size " + Units.quote(text) + " is too large", SIZE_EXPECTED);
        }
        return bytes.longValueExact();
    }

    /** Bytes per second of a bandwidth written as an amount per second, in bits or bytes. */
    static double bytesPerSecond(String text) throws BadValue {
        String trimmed = text.strip();
        Matcher m = BANDWIDTH.matcher(trimmed);
        if (trimmed.length() > MAX_DIGITS || !m.matches()) {
            throw new BadValue(Units.quote(text) + " is not a bandwidth", BANDWIDTH_EXPECTED);
        }
        String unit = m.group(2);
        boolean perSecond = trimmed.endsWith("s") && trimmed.contains("/");
        BigDecimal bytes;
        if (unit.endsWith("bps") && !perSecond) {
            BigDecimal bits = BIT_UNITS.get(unit.substring(0, unit.length() - 3) + "bit");
            bytes = bits == null ? null : bits.divide(EIGHT);
        } else if (!perSecond) {
            throw new BadValue(Units.quote(text) + " is an amount, not a bandwidth: add /s", BANDWIDTH_EXPECTED,
                    m.group(1) + " " + unit + "/s");
        } else if (BIT_UNITS.containsKey(unit)) {
            bytes = BIT_UNITS.get(unit).divide(EIGHT);
        } else {
            bytes = BYTE_UNITS.get(unit);
        }
        if (bytes == null) {
            Map<String, BigDecimal> all = new LinkedHashMap<>(BIT_UNITS);
            all.putAll(BYTE_UNITS);
            throw new BadValue("unknown bandwidth unit " + Units.quote(unit) + " in " + Units.quote(text)
                    + "; the units are bit, kbit, Mbit, Gbit, Tbit (or bps, Mbps, ...) and B, kB, MB, GB, ... per second",
                    BANDWIDTH_EXPECTED, suggestion(m.group(1), unit, all, " ", "/s"));
        }
        double value = new BigDecimal(m.group(1)).multiply(bytes).doubleValue();
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new BadValue("a bandwidth must be more than 0, got " + Units.quote(text), BANDWIDTH_EXPECTED);
        }
        return value;
    }

    /** The number with the unit meant: one differing only in case first (kb is kB), else the closest. */
    private static String suggestion(String number, String unit, Map<String, BigDecimal> units, String blank,
            String tail) {
        String meant = null;
        for (String known : units.keySet()) {
            if (meant == null && known.equalsIgnoreCase(unit)) {
                meant = known;
            }
        }
        if (meant == null) {
            meant = Suggestions.closest(unit, units.keySet());
        }
        return meant == null ? null : number + blank + meant + tail;
    }

    private static Map<String, BigDecimal> byteUnits() {
        Map<String, BigDecimal> units = new LinkedHashMap<>();
        units.put("B", BigDecimal.ONE);
        String[] decimal = {"kB", "MB", "GB", "TB", "PB"};
        String[] binary = {"KiB", "MiB", "GiB", "TiB", "PiB"};
        for (int i = 0; i < decimal.length; i++) {
            units.put(decimal[i], BigDecimal.TEN.pow(3 * (i + 1)));
        }
        units.put("KB", BigDecimal.valueOf(1000));
        for (int i = 0; i < binary.length; i++) {
            units.put(binary[i], BigDecimal.valueOf(1024).pow(i + 1));
        }
        return units;
    }

    private static Map<String, BigDecimal> bitUnits() {
        Map<String, BigDecimal> units = new LinkedHashMap<>();
        units.put("bit", BigDecimal.ONE);
        String[] prefixes = {"k", "M", "G", "T"};
        for (int i = 0; i < prefixes.length; i++) {
            units.put(prefixes[i] + "bit", BigDecimal.TEN.pow(3 * (i + 1)));
        }
        return units;
    }
}
