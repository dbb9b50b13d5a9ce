package org.distsim.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: the first column (the row's name) aligned left, every other column aligned
 * right, columns two spaces apart, no trailing spaces.
 *
 * <p>A table wider than its width limit is split into several tables of consecutive columns, each
 * repeating the name column, the way R prints a wide data frame: lines never wrap in an 80- or
 * 120-column terminal, and no column is ever cut.
 */
final class TextTable {

    private static final String GAP = "  ";

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> headers) {
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.headers = List.copyOf(headers);
    }

    /** Adds a row; it must have one cell per column. */
    TextTable row(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException(
                    "row has " + cells.size() + " cells, the table has " + headers.size() + " columns: " + cells);
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /**
     * Appends the table to {@code out}, each line prefixed with {@code indent}, split into several
     * blocks (separated by an empty line) where a line would exceed {@code maxWidth} characters.
     */
    void appendTo(StringBuilder out, String indent, int maxWidth) {
        int[] widths = widths();
        int column = 1;
        do {
            int end = column;
            int lineWidth = indent.length() + widths[0];
            // Always take at least one column, so a single very wide column still prints.
            while (end < widths.length && (end == column || lineWidth + GAP.length() + widths[end] <= maxWidth)) {
                lineWidth += GAP.length() + widths[end];
                end++;
            }
            if (column > 1) {
                out.append('\n');
            }
            appendBlock(out, indent, widths, column, end);
            column = end;
        } while (column < widths.length);
    }

    private void appendBlock(StringBuilder out, String indent, int[] widths, int from, int to) {
        appendLine(out, indent, headers, widths, from, to);
        for (List<String> row : rows) {
            appendLine(out, indent, row, widths, from, to);
        }
    }

    private static void appendLine(StringBuilder out, String indent, List<String> cells, int[] widths, int from, int to) {
        StringBuilder line = new StringBuilder(indent);
        pad(line, cells.get(0), widths[0], false);
        for (int i = from; i < to; i++) {
            line.append(GAP);
            pad(line, cells.get(i), widths[i], true);
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        out.append(line, 0, end).append('\n');
    }

    private static void pad(StringBuilder line, String cell, int width, boolean right) {
        int padding = width - length(cell);
        if (right) {
            line.append(" ".repeat(padding)).append(cell);
        } else {
            line.append(cell).append(" ".repeat(padding));
        }
    }

    private int[] widths() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = length(headers.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], length(row.get(i)));
            }
        }
        return widths;
    }

    /** Characters as a terminal counts them, near enough: code points, so a name like "café" aligns. */
    private static int length(String cell) {
        return cell.codePointCount(0, cell.length());
    }
}
