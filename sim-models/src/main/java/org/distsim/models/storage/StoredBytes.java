package org.distsim.models.storage;

import org.distsim.core.kernel.ActorContext;

/**
 * Counts the bytes a node's committed writes stored ({@link StorageFigures}). Its figures are
 * registered at the first write with a size, so a node that never stores a sized write records
 * nothing new.
 */
public final class StoredBytes {

    private static final double NANOS_PER_DAY = 86_400e9;
    private static final double BYTES_PER_MB = 1e6;
    private static final double BYTES_PER_GB = 1e9;

    private final ActorContext context;
    private final long warmupEndNanos;
    private boolean registered;
    private long total;
    private long measured;

    public StoredBytes(ActorContext context) {
        this.context = context;
        this.warmupEndNanos = context.warmupEndNanos();
    }

    /** A write of {@code bytes} was committed now. */
    public void committed(long bytes) {
        if (bytes <= 0) {
            return;
        }
        if (!registered) {
            registered = true;
            var metrics = context.nodeMetrics();
            metrics.derived(StorageFigures.STORED, () -> total / BYTES_PER_MB);
            metrics.derived(StorageFigures.GROWTH_PER_DAY, this::growthPerDay);
        }
        total = total > Long.MAX_VALUE - bytes ? Long.MAX_VALUE : total + bytes;
        if (context.now() >= warmupEndNanos) {
            measured = measured > Long.MAX_VALUE - bytes ? Long.MAX_VALUE : measured + bytes;
        }
    }

    /**
     * {@code bytes} stored earlier were removed now (a log's retention): they leave what is stored,
     * not the write rate the growth is extrapolated from.
     */
    public void released(long bytes) {
        total = Math.max(0, total - Math.max(0, bytes));
    }

    /** Bytes stored so far, warm-up included. */
    public long total() {
        return total;
    }

    private double growthPerDay() {
        long window = context.now() - warmupEndNanos;
        return window <= 0 ? Double.NaN : measured / BYTES_PER_GB * (NANOS_PER_DAY / window);
    }
}
