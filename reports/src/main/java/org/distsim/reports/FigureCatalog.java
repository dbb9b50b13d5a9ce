package org.distsim.reports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadFigures;

/**
 * The declarations of the figures a result holds, per component type: what the result JSON
 * carries as its {@code catalog} so that a script can format any figure by its kind and unit
 * without a table of names, and how every renderer spells kinds, units and roles.
 *
 * <p>A figure is listed under its catalog key: its name, or {@code <name>.<per>} for a family
 * ({@code calls.<target>}). Its keys in the result follow from it: a gauge's summary keys end in
 * {@code _mean} and {@code _max}, and a family's replace {@code <per>} by the peer's name.
 */
public final class FigureCatalog {

    private FigureCatalog() {
    }

    /**
     * Per component type, in order of first appearance (workloads first), the declarations of the
     * figures recorded, by catalog key: for a workload type the built-in figures of every workload,
     * then its own.
     *
     * @throws IllegalStateException when one type declares two different figures under one key
     */
    public static Map<String, Map<String, FigureSpec>> of(RunResult result) {
        Builder catalog = new Builder();
        result.workloads().values().forEach(w -> catalog.workload(w.type(), w.figures().specs()));
        result.nodes().values().forEach(node -> catalog.node(node.type(), node.figures().specs()));
        return catalog.build();
    }

    /** Collects a catalog from declarations, type by type. */
    public static final class Builder {

        private final Map<String, Map<String, FigureSpec>> catalog = new LinkedHashMap<>();

        /** A workload of {@code type} with its own figures (the built-in ones are added). */
        public Builder workload(String type, Collection<FigureSpec> own) {
            Map<String, FigureSpec> figures = catalog.computeIfAbsent(type, t -> new LinkedHashMap<>());
            WorkloadFigures.KEYED.forEach(spec -> add(type, figures, spec));
            own.forEach(spec -> add(type, figures, spec));
            return this;
        }

        /** A node of {@code type} with its figures. */
        public Builder node(String type, Collection<FigureSpec> declared) {
            Map<String, FigureSpec> figures = catalog.computeIfAbsent(type, t -> new LinkedHashMap<>());
            declared.forEach(spec -> add(type, figures, spec));
            return this;
        }

        /** The catalog: per type in order of first appearance, the declarations by catalog key. */
        public Map<String, Map<String, FigureSpec>> build() {
            Map<String, Map<String, FigureSpec>> copy = new LinkedHashMap<>();
            catalog.forEach((type, figures) -> copy.put(type, Collections.unmodifiableMap(new LinkedHashMap<>(figures))));
            return Collections.unmodifiableMap(copy);
        }

        private static void add(String typeName, Map<String, FigureSpec> type, FigureSpec spec) {
            FigureSpec known = type.putIfAbsent(key(spec), spec);
            if (known != null && !known.equals(spec)) {
                throw new IllegalStateException("component type " + typeName + " declares two figures under the key "
                        + key(spec) + "; a type declares each figure once");
            }
        }
    }

    /** The catalog key: the name, or {@code <name>.<per>} for a family ({@code calls.<target>}). */
    public static String key(FigureSpec spec) {
        return spec.isFamily() ? spec.name() + ".<" + lower(spec.per()) + ">" : spec.name();
    }

    /** An enum constant as the JSON and CSV spell it: {@code per_second}, {@code count}, {@code target}. */
    public static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
