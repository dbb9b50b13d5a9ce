package org.distsim.models.loadbalancer.balancing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A consistent-hash ring with virtual nodes. Each backend owns {@code virtualNodesPerBackend}
 * points of the 64-bit ring; a key belongs to the owner of the first point at or after the key's
 * position, wrapping round past the largest position. Positions are compared as signed longs; that
 * is one fixed way to cut the circle, and any other would do.
 *
 * <p>Placement is fully specified and independent of insertion order:
 * <ul>
 *   <li>virtual node {@code v} of backend {@code b} sits at the first 8 bytes (big-endian) of
 *       {@code SHA-256(UTF-8(b) ‖ 0x00 ‖ v as 4 bytes big-endian)};</li>
 *   <li>key {@code k} sits at the first output of SplitMix64 seeded with {@code k} (Steele, Lea and
 *       Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014), a bijection that
 *       spreads consecutive keys over the ring;</li>
 *   <li>two points at the same position (odds about 2^-64 per pair) are ordered by backend name,
 *       then virtual node.</li>
 * </ul>
 *
 * <p>With {@code n} backends and {@code V} virtual nodes each, a backend's share of the ring has a
 * relative standard deviation of about {@code 1/√V} (10 % for the default 100). Adding a backend
 * moves only the keys it takes over, about {@code 1/(n+1)} of them; removing one moves only its own.
 * The first lookup after membership changes rebuilds the sorted point array in {@code O(nV log
 * nV)}, so adding many backends costs one rebuild; lookups are a binary search.
 */
public final class ConsistentHashRing {

    /** The number of virtual nodes per backend unless told otherwise. */
    public static final int DEFAULT_VIRTUAL_NODES = 100;

    /** A limit on the points per backend, to keep rebuilds and memory bounded. */
    public static final int MAX_VIRTUAL_NODES = 100_000;

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final int virtualNodesPerBackend;
    /** Members in name order, each with the positions of its virtual nodes. */
    private final TreeMap<String, long[]> members = new TreeMap<>();
    private long[] positions = new long[0];
    private String[] owners = new String[0];
    /** Whether membership changed since the point arrays were last built; lookups rebuild lazily. */
    private boolean stale;

    /** A ring with {@link #DEFAULT_VIRTUAL_NODES} virtual nodes per backend. */
    public ConsistentHashRing() {
        this(DEFAULT_VIRTUAL_NODES);
    }

    /** @param virtualNodesPerBackend points per backend, in {@code [1, MAX_VIRTUAL_NODES]} */
    public ConsistentHashRing(int virtualNodesPerBackend) {
        if (virtualNodesPerBackend < 1 || virtualNodesPerBackend > MAX_VIRTUAL_NODES) {
            throw new IllegalArgumentException("virtual nodes per backend must be between 1 and " + MAX_VIRTUAL_NODES
                    + ", got " + virtualNodesPerBackend);
        }
        this.virtualNodesPerBackend = virtualNodesPerBackend;
    }

    public int virtualNodesPerBackend() {
        return virtualNodesPerBackend;
    }

    /** Adds a backend; its name must be non-empty and not already on the ring. */
    public void add(String backend) {
        Objects.requireNonNull(backend, "backend");
        if (backend.isEmpty()) {
            throw new IllegalArgumentException("backend name must not be empty");
        }
        if (members.containsKey(backend)) {
            throw new IllegalArgumentException("backend \"" + backend + "\" is already on the ring");
        }
        long[] points = new long[virtualNodesPerBackend];
        for (int v = 0; v < points.length; v++) {
            points[v] = virtualNodePosition(backend, v);
        }
        members.put(backend, points);
        stale = true;
    }

    /** Removes a backend; returns whether it was on the ring. */
    public boolean remove(String backend) {
        if (members.remove(backend) == null) {
            return false;
        }
        stale = true;
        return true;
    }

    public boolean contains(String backend) {
        return members.containsKey(backend);
    }

    /** The number of backends on the ring. */
    public int size() {
        return members.size();
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    /** The backends on the ring, in name order. */
    public List<String> backends() {
        return List.copyOf(members.keySet());
    }

    /**
     * The backend that owns {@code key}.
     *
     * @throws IllegalStateException if the ring is empty
     */
    public String lookup(long key) {
        rebuildIfStale();
        if (positions.length == 0) {
            throw new IllegalStateException("cannot look up key " + key + " on an empty ring");
        }
        return owners[firstPointAtOrAfter(keyPosition(key))];
    }

    /**
     * The first {@code count} distinct backends clockwise from {@code key}: the owner first, then
     * the backends that would take over if it left, as replica placement uses them. Fewer when
     * the ring holds fewer backends; empty for an empty ring.
     */
    public List<String> lookup(long key, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("replica count must not be negative, got " + count);
        }
        rebuildIfStale();
        int wanted = Math.min(count, members.size());
        if (wanted == 0) {
            return Collections.emptyList();
        }
        List<String> found = new ArrayList<>(wanted);
        int start = firstPointAtOrAfter(keyPosition(key));
        for (int step = 0; step < positions.length && found.size() < wanted; step++) {
            String owner = owners[(start + step) % positions.length];
            if (!found.contains(owner)) {
                found.add(owner);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * The first backend clockwise from {@code key} that {@code eligible} accepts (a healthy one,
     * say), or {@code null} if none does.
     */
    public String lookup(long key, Predicate<String> eligible) {
        rebuildIfStale();
        if (positions.length == 0) {
            return null;
        }
        int start = firstPointAtOrAfter(keyPosition(key));
        String rejected = null;
        for (int step = 0; step < positions.length; step++) {
            String owner = owners[(start + step) % positions.length];
            // Consecutive points often share an owner; do not ask twice in a row.
            if (!owner.equals(rejected)) {
                if (eligible.test(owner)) {
                    return owner;
                }
                rejected = owner;
            }
        }
        return null;
    }

    /**
     * The number of points on the ring (backends times virtual nodes); with {@link #pointOf} and
     * {@link #ownerAt} a caller can map each point to its own index of the owner once and then walk
     * the ring by integers, as {@link ConsistentHashBalancing} does on every pick.
     */
    public int points() {
        rebuildIfStale();
        return positions.length;
    }

    /**
     * The point that owns {@code key}: the first at or after the key's position, wrapping round;
     * the walk for a successor goes on to the following points, modulo {@link #points}.
     *
     * @throws IllegalStateException if the ring is empty
     */
    public int pointOf(long key) {
        rebuildIfStale();
        if (positions.length == 0) {
            throw new IllegalStateException("cannot look up key " + key + " on an empty ring");
        }
        return firstPointAtOrAfter(keyPosition(key));
    }

    /** The backend that owns point {@code point}, in {@code [0, points())}. */
    public String ownerAt(int point) {
        rebuildIfStale();
        return owners[Objects.checkIndex(point, owners.length)];
    }

    /** The ring position of a key: the first output of SplitMix64 seeded with {@code key}. */
    public static long keyPosition(long key) {
        long z = key + GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The ring position of virtual node {@code virtualNode} of {@code backend}: the first 8 bytes,
     * big-endian, of {@code SHA-256(UTF-8(backend) ‖ 0x00 ‖ virtualNode as 4 bytes big-endian)}.
     */
    public static long virtualNodePosition(String backend, int virtualNode) {
        byte[] name = backend.getBytes(StandardCharsets.UTF_8);
        ByteBuffer input = ByteBuffer.allocate(name.length + 1 + 4).put(name).put((byte) 0).putInt(virtualNode);
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(input.array())).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ConsistentHashRing" + members.keySet() + " x " + virtualNodesPerBackend + " virtual nodes";
    }

    /** Index of the first point whose position is {@code >= position}, wrapping to 0 past the end. */
    private int firstPointAtOrAfter(long position) {
        int low = 0;
        int high = positions.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (positions[mid] < position) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low == positions.length ? 0 : low;
    }

    private void rebuildIfStale() {
        if (!stale) {
            return;
        }
        stale = false;
        int total = members.size() * virtualNodesPerBackend;
        long[] allPositions = new long[total];
        String[] allOwners = new String[total];
        int i = 0;
        // Members in name order, virtual nodes in ascending order: with a stable sort by position,
        // equal positions stay ordered by (name, virtual node), whatever the order of additions.
        for (Map.Entry<String, long[]> member : members.entrySet()) {
            for (long position : member.getValue()) {
                allPositions[i] = position;
                allOwners[i] = member.getKey();
                i++;
            }
        }
        Integer[] order = new Integer[total];
        for (int k = 0; k < total; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Long.compare(allPositions[a], allPositions[b]));
        positions = new long[total];
        owners = new String[total];
        for (int k = 0; k < total; k++) {
            positions[k] = allPositions[order[k]];
            owners[k] = allOwners[order[k]];
        }
    }
}
