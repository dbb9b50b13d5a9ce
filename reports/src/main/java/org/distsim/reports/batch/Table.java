package org.distsim.reports.batch;

import java.util.ArrayList;
import java.util.List;

/** A plain text table: the first column left-aligned, the others right-aligned, two spaces apart. */
final class Table {

    private final List<List<String>> rows = new ArrayList<>();

    Table(List<String> header) {
        rows.add(List.copyOf(header));
    }

    void add(List<String> row) {
        rows.add(List.copyOf(row));
    }

    /** The table, each line starting with {@code indent} and ending with {@code \n}. */
    void appendTo(StringBuilder out, String indent) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).codePointCount(0, row.get(c).length()));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                int pad = widths[c] - cell.codePointCount(0, cell.length());
                if (c > 0) {
                    line.append("  ").append(" ".repeat(pad)).append(cell);
                } else {
                    line.append(cell).append(" ".repeat(pad));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
