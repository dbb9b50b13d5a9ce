package org.distsim.models.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems while a scenario is read, and returns them in document order. */
final class Problems {

    /** Beyond this many, the rest are summarised in one line: nobody reads the 500th error. */
    static final int MAX_REPORTED = 100;

    private record Entry(Location location, Problem problem, int seq) {
    }

    private static final Comparator<Entry> DOCUMENT_ORDER = Comparator
            .comparingInt((Entry e) -> e.location().source())
            .thenComparingInt(e -> e.location().line())
            .thenComparingInt(e -> e.location().column())
            .thenComparingInt(Entry::seq);

    private final List<Entry> entries = new ArrayList<>();
    private final List<Entry> warnings = new ArrayList<>();

    /**
     * Records something valid but probably not meant (a distribution with an infinite mean): it does
     * not stop the scenario from loading, and {@link #warnings()} returns it for the commands to show.
     */
    void warn(Location location, NodePath path, String message) {
        warnings.add(new Entry(location, location.problem(path, message, null, null), warnings.size()));
    }

    /** The warnings in document order, at most {@link #MAX_REPORTED}. */
    List<Problem> warnings() {
        List<Entry> sorted = new ArrayList<>(warnings);
        sorted.sort(DOCUMENT_ORDER);
        return sorted.subList(0, Math.min(sorted.size(), MAX_REPORTED)).stream().map(Entry::problem).toList();
    }

    void add(Location location, NodePath path, String message, String expected, String suggestion) {
        // The copies of a template share its text: one mistake there is reported once, not once per
        // copy. And the first problem of a value stands for it: a ${name} that named no variable is
        // not also reported as the wrong kind of value.
        for (Entry entry : entries) {
            if (entry.location().equals(location) && (entry.problem().message().equals(message)
                    || entry.problem().path().equals(path.dotted()))) {
                return;
            }
        }
        entries.add(new Entry(location, location.problem(path, message, expected, suggestion), entries.size()));
    }

    void add(Location location, NodePath path, String message) {
        add(location, path, message, null, null);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    int count() {
        return entries.size();
    }

    /** The problems by source, line, column, then the order they were found; at most {@link #MAX_REPORTED} and a summary. */
    List<Problem> sorted() {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(DOCUMENT_ORDER);
        List<Problem> out = new ArrayList<>();
        for (Entry entry : sorted.subList(0, Math.min(sorted.size(), MAX_REPORTED))) {
            out.add(entry.problem());
        }
        if (sorted.size() > MAX_REPORTED) {
            Location last = sorted.get(MAX_REPORTED).location();
            out.add(new Problem(last.file(), 0, 0, "",
                    (sorted.size() - MAX_REPORTED) + " more problems not shown; fix these first", null, null));
        }
        return out;
    }
}
