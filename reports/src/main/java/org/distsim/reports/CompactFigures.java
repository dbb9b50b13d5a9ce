package org.distsim.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.distsim.core.figure.Figure;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.figure.Statistic;
import org.distsim.core.figure.Unit;

/**
 * The figures of a group of nodes (or workloads) as compact tables, for the text and the HTML
 * report alike: one table of the single figures, with a column only for a figure that is a
 * headline or is not zero somewhere, and one table of the per-peer figures (a service's calls to
 * each dependency, a balancer's requests to each backend), one row per node and peer instead of a
 * column per peer. Headers are the figures' human labels with their units; a fraction is shown as a
 * percentage.
 */
final class CompactFigures {

    /** A rendered table: its headers and rows of cells, the first column the row's name. */
    record Table(List<String> headers, List<List<String>> rows) {
    }

    private record Column(FigureSpec spec, Statistic statistic) {

        String header() {
            String label = spec.label() + switch (statistic) {
                case MEAN -> " mean";
                case MAX -> " max";
                case VALUE -> "";
            };
            return FigureHeading.of(spec, label);
        }
    }

    private CompactFigures() {
    }

    /**
     * The single figures: one row per name with any figure, a column per figure that is a
     * headline or non-zero in some row.
     */
    static Table singles(String first, Map<String, FigureValues> byName, Function<Figure, String> format) {
        Map<Column, Boolean> shown = new LinkedHashMap<>();
        for (FigureValues values : byName.values()) {
            for (Figure f : values) {
                if (!f.spec().isFamily()) {
                    shown.merge(new Column(f.spec(), f.statistic()), f.spec().headline() || nonZero(f), Boolean::logicalOr);
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        shown.forEach((c, show) -> {
            if (show) {
                columns.add(c);
            }
        });
        List<String> headers = new ArrayList<>();
        headers.add(first);
        columns.forEach(c -> headers.add(c.header()));
        List<List<String>> rows = new ArrayList<>();
        if (columns.isEmpty()) {
            return new Table(headers, rows);
        }
        byName.forEach((name, values) -> {
            if (values.isEmpty()) {
                return;
            }
            List<String> row = new ArrayList<>();
            row.add(name);
            for (Column c : columns) {
                row.add(cell(values, c, null, format));
            }
            rows.add(row);
        });
        return new Table(headers, rows);
    }

    /**
     * The per-peer figures: one row per name and peer (named {@code node -> peer}, so a table split
     * for width repeats both), a column per family figure that is a
     * headline or non-zero somewhere; rows whose every shown figure is zero are left out.
     */
    static Table families(String first, Map<String, FigureValues> byName, Function<Figure, String> format) {
        Map<Column, Boolean> shown = new LinkedHashMap<>();
        Set<FigureSpec.Per> pers = new LinkedHashSet<>();
        for (FigureValues values : byName.values()) {
            for (Figure f : values) {
                if (f.spec().isFamily()) {
                    shown.merge(new Column(f.spec(), f.statistic()), f.spec().headline() || nonZero(f), Boolean::logicalOr);
                    pers.add(f.spec().per());
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        shown.forEach((c, show) -> {
            if (show) {
                columns.add(c);
            }
        });
        List<String> headers = new ArrayList<>();
        headers.add(first + " -> " + (pers.size() == 1 ? pers.iterator().next().name().toLowerCase(java.util.Locale.ROOT)
                : "peer"));
        columns.forEach(c -> headers.add(c.header()));
        List<List<String>> rows = new ArrayList<>();
        if (columns.isEmpty()) {
            return new Table(headers, rows);
        }
        byName.forEach((name, values) -> {
            Set<String> peers = new LinkedHashSet<>();
            for (Figure f : values) {
                if (f.spec().isFamily()) {
                    peers.add(f.qualifier());
                }
            }
            for (String peer : peers) {
                List<String> row = new ArrayList<>();
                row.add(name + " -> " + peer);
                boolean any = false;
                for (Column c : columns) {
                    Figure f = values.figure(c.spec().key(peer, c.statistic()));
                    any |= f != null && (nonZero(f) || c.spec().headline());
                    row.add(cell(values, c, peer, format));
                }
                if (any) {
                    rows.add(row);
                }
            }
        });
        return new Table(headers, rows);
    }

    private static String cell(FigureValues values, Column c, String peer, Function<Figure, String> format) {
        Figure f = values.figure(c.spec().key(peer, c.statistic()));
        return f == null ? Decimals.NONE : format.apply(f);
    }

    private static boolean nonZero(Figure f) {
        return f.value() != null && f.value().doubleValue() != 0;
    }

    /**
     * The text report's numbers: counts whole, fractions in percent with 1 decimal (the header
     * carries the sign), others with 3.
     */
    static String text(Figure f) {
        if (f.value() == null) {
            return Decimals.NONE;
        }
        if (f.spec().unit() == Unit.FRACTION) {
            String percent = Decimals.percent(f.doubleValue(), 1);
            return percent.endsWith("%") ? percent.substring(0, percent.length() - 1) : percent;
        }
        return Decimals.figure(f.value(), 3);
    }

    /** The HTML report's numbers: counts whole, fractions in percent, others with sensible precision. */
    static String html(Figure f) {
        if (f.value() == null) {
            return Decimals.NONE;
        }
        if (f.value() instanceof Long) {
            return f.value().toString();
        }
        if (f.spec().unit() == Unit.FRACTION) {
            return Decimals.significant(f.doubleValue() * 100) + "%";
        }
        return Decimals.significant(f.doubleValue());
    }
}
