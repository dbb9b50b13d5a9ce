package org.distsim.models.loadbalancer.balancing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A plain mutable {@link Backends}: backends are appended and keep their index; the owner marks
 * them healthy or not (active health checks), ejected or not (passive outlier detection) and counts
 * requests in and out. A backend is in rotation, {@link #healthy}, when it passes its health checks
 * and is not ejected. New backends start healthy, not ejected, with nothing in flight.
 */
public final class BackendPool implements Backends {

    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> indexByName = new HashMap<>();
    private double[] weights = new double[4];
    private boolean[] healthy = new boolean[4];
    private boolean[] ejected = new boolean[4];
    private int[] active = new int[4];

    /** Appends a backend of weight 1 and returns its index. */
    public int add(String name) {
        return add(name, 1);
    }

    /**
     * Appends a backend and returns its index.
     *
     * @param name a unique, non-empty name
     * @param weight a finite relative weight {@code >= 0}
     */
    public int add(String name, double weight) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("backend name must not be empty");
        }
        if (indexByName.containsKey(name)) {
            throw new IllegalArgumentException("backend name must be unique, \"" + name + "\" is already in the pool");
        }
        checkWeight(weight);
        int index = names.size();
        if (index == weights.length) {
            weights = Arrays.copyOf(weights, index * 2);
            healthy = Arrays.copyOf(healthy, index * 2);
            ejected = Arrays.copyOf(ejected, index * 2);
            active = Arrays.copyOf(active, index * 2);
        }
        names.add(name);
        indexByName.put(name, index);
        weights[index] = weight;
        healthy[index] = true;
        ejected[index] = false;
        active[index] = 0;
        return index;
    }

    /** The index of the backend called {@code name}, or -1. */
    public int indexOf(String name) {
        Integer index = indexByName.get(name);
        return index == null ? -1 : index;
    }

    /** Marks backend {@code index} healthy (it may be chosen) or not, as a health check decides. */
    public void setHealthy(int index, boolean isHealthy) {
        healthy[checkIndex(index)] = isHealthy;
    }

    /** Takes backend {@code index} out of rotation (ejected) or puts it back, as outlier detection decides. */
    public void setEjected(int index, boolean isEjected) {
        ejected[checkIndex(index)] = isEjected;
    }

    /** Whether backend {@code index} passes its health checks, ejected or not. */
    public boolean passesHealthChecks(int index) {
        return healthy[checkIndex(index)];
    }

    /** Whether backend {@code index} is ejected by outlier detection. */
    public boolean ejected(int index) {
        return ejected[checkIndex(index)];
    }

    /** Changes the weight of backend {@code index}; finite and {@code >= 0}. */
    public void setWeight(int index, double weight) {
        checkWeight(weight);
        weights[checkIndex(index)] = weight;
    }

    /** Counts a request forwarded to backend {@code index}. */
    public void requestStarted(int index) {
        active[checkIndex(index)]++;
    }

    /** Counts the answer (or abandonment) of a request to backend {@code index}. */
    public void requestFinished(int index) {
        if (active[checkIndex(index)] == 0) {
            throw new IllegalStateException("backend " + names.get(index) + " has no request in flight to finish");
        }
        active[index]--;
    }

    /** Sets the requests in flight of backend {@code index} directly, for tests and snapshots. */
    public void setActiveRequests(int index, int requests) {
        if (requests < 0) {
            throw new IllegalArgumentException("active requests must not be negative, got " + requests);
        }
        active[checkIndex(index)] = requests;
    }

    @Override
    public int count() {
        return names.size();
    }

    @Override
    public String name(int index) {
        return names.get(checkIndex(index));
    }

    /** In rotation: passes its health checks and is not ejected. */
    @Override
    public boolean healthy(int index) {
        return healthy[checkIndex(index)] && !ejected[index];
    }

    @Override
    public int activeRequests(int index) {
        return active[checkIndex(index)];
    }

    @Override
    public double weight(int index) {
        return weights[checkIndex(index)];
    }

    private int checkIndex(int index) {
        return Objects.checkIndex(index, names.size());
    }

    private static void checkWeight(double weight) {
        if (!Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException("backend weight must be a finite number >= 0, got " + weight);
        }
    }
}
