package org.distsim.models.format;

import java.util.Locale;
import java.util.regex.Pattern;

/** Spelling rules of the format: kebab-case keys and enum values, and the names of nodes and workloads. */
public final class Names {

    /** A DNS label: it reads well in logs and URLs, and never needs quoting in YAML. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    /** What {@link #isValidName} accepts, for error messages. */
    public static final String NAME_RULE =
            "a name of lower-case letters, digits and '-' that starts and ends with a letter or digit,"
                    + " at most 63 characters (like db-2)";

    private Names() {
    }

    /** {@code queueCapacity} becomes {@code queue-capacity}; digits stay with what precedes them. */
    public static String kebab(String camelCase) {
        StringBuilder out = new StringBuilder(camelCase.length() + 4);
        for (int i = 0; i < camelCase.length(); i++) {
            char c = camelCase.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('-');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code LEAST_CONNECTIONS} becomes {@code least-connections}. */
    public static String enumValue(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static boolean isValidName(String name) {
        return NAME.matcher(name).matches();
    }

    /** The valid name closest to an invalid one ({@code Web_1} gives {@code web-1}), or null. */
    public static String repairName(String name) {
        String repaired = name.toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '-').replace(' ', '-');
        return isValidName(repaired) ? repaired : null;
    }
}
