package org.distsim.models.scenario;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * "Did you mean" by edit distance. The distance allowed grows with the length of what was typed,
 * so a short word is never "corrected" into an unrelated one ({@code a} does not suggest
 * {@code name}); spellings that differ only in case, {@code -} or {@code _} always match.
 */
final class Suggestions {

    /** Longer inputs cost O(length) per candidate and are never typos of a short key. */
    private static final int MAX_INPUT = 200;

    private Suggestions() {
    }

    /** The candidate closest to {@code input} within the allowed distance, or null. Ties go to the first in sorted order. */
    static String closest(String input, Collection<String> candidates) {
        if (input.isEmpty() || input.length() > MAX_INPUT) {
            return null;
        }
        String typed = input.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : new TreeSet<>(candidates)) {
            if (candidate.equals(input)) {
                continue;
            }
            int distance = squash(candidate).equals(squash(input)) ? 0 : distance(typed, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowedDistance(input) ? best : null;
    }

    /** "one of: a, b, c" over the sorted candidates, shortened after twenty. */
    static String oneOf(Collection<String> candidates) {
        List<String> sorted = List.copyOf(new TreeSet<>(candidates));
        int shown = Math.min(sorted.size(), 20);
        String list = String.join(", ", sorted.subList(0, shown));
        return "one of: " + list + (sorted.size() > shown ? ", ... (" + (sorted.size() - shown) + " more)" : "");
    }

    static int allowedDistance(String input) {
        int length = input.length();
        return length <= 3 ? 1 : length <= 6 ? 2 : 3;
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
    }

    /**
     * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
     * neighbouring characters each cost 1. The swap is the commonest typing slip ({@code wbe} for
     * {@code web}), which plain Levenshtein counts as 2 and so missed for short names.
     */
    static int distance(String a, String b) {
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
                }
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }
}
