package org.distsim.core.figure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of one node or workload in a result, in the order the component registered them:
 * each value with the declaration it is a value of. Immutable; keys are unique. The by-key
 * accessors ({@link #get}, {@link #containsKey}) are for tests and scripts that know what they
 * look for; renderers iterate the figures and read kind, unit and role from each.
 */
public final class FigureValues implements Iterable<Figure> {

    private static final FigureValues EMPTY = new FigureValues(List.of());

    private final List<Figure> figures;
    private final Map<String, Figure> byKey;

    private FigureValues(List<Figure> figures) {
        this.figures = List.copyOf(figures);
        Map<String, Figure> keys = new LinkedHashMap<>();
        for (Figure figure : this.figures) {
            if (keys.put(figure.key(), figure) != null) {
                throw new IllegalArgumentException("two figures with the key " + figure.key());
            }
        }
        this.byKey = Collections.unmodifiableMap(keys);
    }

    /** The given figures, in order. */
    public static FigureValues of(List<Figure> figures) {
        return figures.isEmpty() ? EMPTY : new FigureValues(figures);
    }

    /** No figures. */
    public static FigureValues empty() {
        return EMPTY;
    }

    /** The figures in registration order. */
    public List<Figure> list() {
        return figures;
    }

    @Override
    public Iterator<Figure> iterator() {
        return figures.iterator();
    }

    public boolean isEmpty() {
        return figures.isEmpty();
    }

    public int size() {
        return figures.size();
    }

    /** The value of the given key ({@code hits}, {@code queue_mean}, {@code calls.db}); null when absent or undefined. */
    public Number get(String key) {
        Figure figure = byKey.get(key);
        return figure == null ? null : figure.value();
    }

    /** The value of the given key, or {@code fallback} when there is no such figure or it is undefined. */
    public Number getOrDefault(String key, Number fallback) {
        Number value = get(key);
        return value == null ? fallback : value;
    }

    /** The figure of the given key, or null. */
    public Figure figure(String key) {
        return byKey.get(key);
    }

    public boolean containsKey(String key) {
        return byKey.containsKey(key);
    }

    /** The keys, in order. */
    public Set<String> keySet() {
        return byKey.keySet();
    }

    /** The values by key, in order (undefined values as null). */
    public Map<String, Number> asMap() {
        Map<String, Number> values = new LinkedHashMap<>();
        figures.forEach(f -> values.put(f.key(), f.value()));
        return Collections.unmodifiableMap(values);
    }

    /** The distinct declarations among these figures, in order of first appearance. */
    public List<FigureSpec> specs() {
        List<FigureSpec> specs = new ArrayList<>();
        for (Figure figure : figures) {
            if (!specs.contains(figure.spec())) {
                specs.add(figure.spec());
            }
        }
        return specs;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FigureValues values && values.figures.equals(figures);
    }

    @Override
    public int hashCode() {
        // Consistent with equals, and never an identity hash (the build bans them); no one keys a map by these.
        return figures.size();
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
