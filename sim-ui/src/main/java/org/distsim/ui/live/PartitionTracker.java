package org.distsim.ui.live;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.fault.Fault;
import org.distsim.core.kernel.SimObserver;

/** Follows the partitions in force from the faults applied (the scenario's and the view's alike). */
final class PartitionTracker implements SimObserver {

    private final Map<String, List<List<String>>> active = new LinkedHashMap<>();

    @Override
    public void onFault(long nowNanos, Fault fault) {
        if (fault instanceof Fault.Partition partition) {
            active.remove(partition.name());
            active.put(partition.name(), partition.groups());
        } else if (fault instanceof Fault.Heal heal) {
            active.remove(heal.name());
        }
    }

    Map<String, List<List<String>>> active() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(active));
    }
}
