package org.distsim.models.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a value sits in the scenario tree: mapping keys and list indices from the root. Problems
 * show it dotted ({@code faults.2.at}); the location index keys it as a JSON Pointer.
 */
record NodePath(List<String> segments) {

    static final NodePath ROOT = new NodePath(List.of());

    NodePath {
        segments = List.copyOf(segments);
    }

    NodePath key(String key) {
        List<String> longer = new ArrayList<>(segments.size() + 1);
        longer.addAll(segments);
        longer.add(key);
        return new NodePath(longer);
    }

    NodePath index(int index) {
        return key(Integer.toString(index));
    }

    boolean isRoot() {
        return segments.isEmpty();
    }

    NodePath parent() {
        return isRoot() ? this : new NodePath(segments.subList(0, segments.size() - 1));
    }

    /** The last key or index, or the empty string for the root. */
    String last() {
        return isRoot() ? "" : segments.get(segments.size() - 1);
    }

    /** {@code nodes.server.workers}; empty for the root. */
    String dotted() {
        return String.join(".", segments);
    }

    /** The RFC 6901 JSON Pointer: {@code /nodes/server/workers}, with {@code ~} and {@code /} escaped. */
    String pointer() {
        StringBuilder out = new StringBuilder();
        for (String segment : segments) {
            out.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    /** This path with {@code other}'s segments appended. */
    NodePath resolve(NodePath other) {
        List<String> longer = new ArrayList<>(segments);
        longer.addAll(other.segments);
        return new NodePath(longer);
    }

    @Override
    public String toString() {
        return dotted();
    }
}
