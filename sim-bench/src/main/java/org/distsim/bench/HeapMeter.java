package org.distsim.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap figures for one phase, in two senses that differ a lot on a large default heap:
 *
 * <ul>
 *   <li><b>peak used</b>: the sum over heap pools of each pool's peak occupancy since {@link #reset}.
 *       It includes garbage not yet collected, so it mostly says how big the young generation was
 *       allowed to grow; it is an upper bound on what the phase needed.
 *   <li><b>peak live</b>: the largest heap occupancy right after any garbage collection during the
 *       phase, including one forced by {@link #liveNow} while the phase's model and result are
 *       still referenced. That is what the phase really kept alive, give or take what was
 *       allocated between collections.
 * </ul>
 */
final class HeapMeter {

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    private final AtomicLong maxAfterGc = new AtomicLong();
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = 0;
            for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (isHeapPool(pool.getKey())) {
                    used += pool.getValue().getUsed();
                }
            }
            maxAfterGc.accumulateAndGet(used, Math::max);
        }
    };

    HeapMeter() {
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
    }

    private boolean isHeapPool(String name) {
        for (MemoryPoolMXBean pool : heapPools) {
            if (pool.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Collects garbage and starts a new phase. */
    void reset() {
        fullGc();
        for (MemoryPoolMXBean pool : heapPools) {
            pool.resetPeakUsage();
        }
        maxAfterGc.set(0);
    }

    long peakUsedBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    /** Collects garbage now (the caller keeps the phase's objects reachable) and returns what is live. */
    long liveNow() {
        fullGc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        maxAfterGc.accumulateAndGet(used, Math::max);
        return used;
    }

    long peakLiveBytes() {
        return maxAfterGc.get();
    }

    long maxHeapBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    private static void fullGc() {
        // Two rounds: the first may only queue finalizable or weakly reachable objects.
        System.gc();
        System.gc();
    }
}
