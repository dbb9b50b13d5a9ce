package org.distsim.reports;

/** Small helpers for writing SVG and HTML text: escaping, and coordinates with one decimal. */
final class Svg {

    private Svg() {
    }

    /** Text escaped for an HTML or SVG element body or an attribute in double quotes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A coordinate in user units, rounded to 0.1: enough for a screen, and the same bytes everywhere. */
    static String num(double value) {
        String s = Decimals.fixed(value, 1);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** A rough width of {@code text} at {@code fontSize} px in a sans-serif font, for laying out legends. */
    static double textWidth(String text, double fontSize) {
        return text.codePointCount(0, text.length()) * fontSize * 0.6;
    }
}
