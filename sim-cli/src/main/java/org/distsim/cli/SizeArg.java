package org.distsim.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.distsim.ui.view.Screenshots;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A picture size given on the command line, {@code WIDTHxHEIGHT} in pixels such as {@code 1280x720},
 * each side between {@link Screenshots#MIN_SIDE} and {@link Screenshots#MAX_SIDE}.
 */
record SizeArg(int width, int height) {

    private static final Pattern SYNTAX = Pattern.compile("([0-9]{1,6})[xX]([0-9]{1,6})");

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException with a message that quotes the text and shows a valid example
     */
    static SizeArg parse(String text) {
        Matcher m = SYNTAX.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size: expected WIDTHxHEIGHT in pixels,"
                    + " like 1280x720 or 1920x1080");
        }
        int width = Integer.parseInt(m.group(1));
        int height = Integer.parseInt(m.group(2));
        for (int side : new int[] {width, height}) {
            if (side < Screenshots.MIN_SIDE || side > Screenshots.MAX_SIDE) {
                throw new IllegalArgumentException("'" + text + "': each side must be between " + Screenshots.MIN_SIDE
                        + " and " + Screenshots.MAX_SIDE + " pixels, got " + side);
            }
        }
        return new SizeArg(width, height);
    }

    /** Lets picocli turn a bad value into a usage error (exit 2) that names the option. */
    static final class Converter implements ITypeConverter<SizeArg> {
        @Override
        public SizeArg convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
