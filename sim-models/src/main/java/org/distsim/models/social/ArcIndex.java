package org.distsim.models.social;

import java.util.Arrays;

/**
 * Circular arcs on a ring of positions {@code 0 .. ring-1}, answering "how many arcs cover
 * position p" in {@code O(log arcs)}: an arc that wraps past the end is split in two, and the
 * count is the number of interval starts at or before {@code p} minus the number of (exclusive)
 * ends at or before it. Takes two ints per arc, three for an arc that wraps.
 */
final class ArcIndex {

    private final int[] starts;
    private final int[] ends;

    /**
     * @param ring    the number of positions, at most {@code 2^31 - 1}
     * @param begin   each arc's first position, in {@code 0 .. ring-1}
     * @param lengths each arc's length, in {@code 0 .. ring}
     */
    ArcIndex(long ring, long[] begin, long[] lengths) {
        int wrapping = 0;
        for (int i = 0; i < begin.length; i++) {
            if (begin[i] + lengths[i] > ring) {
                wrapping++;
            }
        }
        int intervals = begin.length + wrapping;
        starts = new int[intervals];
        ends = new int[intervals];
        int next = 0;
        for (int i = 0; i < begin.length; i++) {
            long end = begin[i] + lengths[i];
            if (end > ring) {
                starts[next] = (int) begin[i];
                ends[next++] = (int) ring;
                starts[next] = 0;
                ends[next++] = (int) (end - ring);
            } else {
                starts[next] = (int) begin[i];
                ends[next++] = (int) end;
            }
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
    }

    /** How many arcs cover {@code position}. */
    int covering(long position) {
        return atOrBefore(starts, position) - atOrBefore(ends, position);
    }

    /** The bytes of the two arrays. */
    long memoryBytes() {
        return 4L * (starts.length + ends.length);
    }

    private static int atOrBefore(int[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
