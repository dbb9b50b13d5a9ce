package org.distsim.models.scenario;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where each key and each value of the scenario tree was written, by JSON Pointer. Filled while
 * the YAML is parsed and updated when an override replaces a subtree, so a problem found while
 * binding points at the text the author wrote, in the file or in a {@code --set} argument.
 */
final class Locations {

    private final TreeMap<String, Location> keys = new TreeMap<>();
    private final TreeMap<String, Location> values = new TreeMap<>();
    private final Location document;

    /** @param document  where to point when nothing better is known (line 1, column 1 of the file) */
    Locations(Location document) {
        this.document = document;
    }

    void putKey(NodePath path, Location location) {
        keys.put(path.pointer(), location);
    }

    void putValue(NodePath path, Location location) {
        values.put(path.pointer(), location);
    }

    /** Where the key of {@code path} was written; for the root or an unknown key, where its value was. */
    Location key(NodePath path) {
        Location location = keys.get(path.pointer());
        return location != null ? location : value(path);
    }

    /** Where the value at {@code path} was written, falling back to its key and then to its ancestors. */
    Location value(NodePath path) {
        for (NodePath at = path; ; at = at.parent()) {
            Location location = values.get(at.pointer());
            if (location == null) {
                location = keys.get(at.pointer());
            }
            if (location != null) {
                return location;
            }
            if (at.isRoot()) {
                return document;
            }
        }
    }

    /** Forgets the locations of {@code path} and everything below it; keeps the location of its key. */
    void removeValue(NodePath path) {
        String pointer = path.pointer();
        values.remove(pointer);
        // Every pointer below sorts between "pointer/" and "pointer0" ('0' follows '/').
        keys.subMap(pointer + "/", pointer + "0").clear();
        values.subMap(pointer + "/", pointer + "0").clear();
    }

    /**
     * Takes the locations of {@code path} from another file's index: those of its key and value,
     * and with {@code subtree}, those of everything below it too (after forgetting this index's),
     * for a value that the other file replaces whole.
     */
    void take(NodePath path, Locations other, boolean subtree) {
        String pointer = path.pointer();
        if (subtree) {
            removeValue(path);
            keys.putAll(other.keys.subMap(pointer + "/", pointer + "0"));
            values.putAll(other.values.subMap(pointer + "/", pointer + "0"));
        }
        Location key = other.keys.get(pointer);
        if (key != null) {
            keys.put(pointer, key);
        }
        Location value = other.values.get(pointer);
        if (value != null) {
            values.put(pointer, value);
        }
    }

    /** Copies every location of {@code other} to the same paths under {@code prefix}. */
    void putAll(NodePath prefix, Locations other) {
        String base = prefix.pointer();
        for (Map.Entry<String, Location> entry : other.keys.entrySet()) {
            keys.put(base + entry.getKey(), entry.getValue());
        }
        for (Map.Entry<String, Location> entry : other.values.entrySet()) {
            values.put(base + entry.getKey(), entry.getValue());
        }
    }

    /**
     * Gives {@code to} and everything below it the locations of {@code from} and what is below it,
     * for a subtree copied from another place of the same tree (the members of a template).
     */
    void copySubtree(NodePath from, NodePath to) {
        String source = from.pointer();
        String target = to.pointer();
        for (TreeMap<String, Location> index : java.util.List.of(keys, values)) {
            Map<String, Location> copies = new TreeMap<>();
            Location own = index.get(source);
            if (own != null) {
                copies.put(target, own);
            }
            index.subMap(source + "/", source + "0").forEach((pointer, location) ->
                    copies.put(target + pointer.substring(source.length()), location));
            index.putAll(copies);
        }
    }
}
