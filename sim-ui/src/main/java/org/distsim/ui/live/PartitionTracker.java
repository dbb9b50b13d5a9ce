package org.distsim.ui.live;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.FaultVisitor;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.core.kernel.SimObserver;

/**
 * Follows the partitions in force from the faults applied (the scenario's and the view's alike).
 * Only partitions and heals matter here; the fault visitor makes that a decision per kind, so a new
 * kind of fault is looked at rather than silently ignored.
 */
public final class PartitionTracker implements SimObserver {

    private final Map<String, List<List<String>>> active = new LinkedHashMap<>();

    PartitionTracker() {
    }

    @Override
    public void onFault(long nowNanos, Fault fault) {
        fault.accept(new Follow());
    }

    Map<String, List<List<String>>> active() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(active));
    }

    /** The names of the partitions the faults start, in order, each once. */
    public static Set<String> partitionNames(List<ScheduledFault> faults) {
        Set<String> names = new LinkedHashSet<>();
        for (ScheduledFault scheduled : faults) {
            String name = scheduled.fault().accept(new NameOfPartition());
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    /** Starts and ends partitions; every other fault leaves them as they are. */
    private final class Follow implements FaultVisitor<Void> {

        @Override
        public Void partition(Fault.Partition partition) {
            active.remove(partition.name());
            active.put(partition.name(), partition.groups());
            return null;
        }

        @Override
        public Void heal(Fault.Heal heal) {
            active.remove(heal.name());
            return null;
        }

        @Override
        public Void crash(Fault.Crash crash) {
            return null;
        }

        @Override
        public Void restart(Fault.Restart restart) {
            return null;
        }

        @Override
        public Void slowNode(Fault.SlowNode slow) {
            return null;
        }

        @Override
        public Void degradeLink(Fault.DegradeLink link) {
            return null;
        }

        @Override
        public Void restoreLink(Fault.RestoreLink link) {
            return null;
        }

        @Override
        public Void loadSpike(Fault.LoadSpike spike) {
            return null;
        }
    }

    /** The name of the partition a fault starts, or null for any other fault. */
    private static final class NameOfPartition implements FaultVisitor<String> {

        @Override
        public String partition(Fault.Partition partition) {
            return partition.name();
        }

        @Override
        public String heal(Fault.Heal heal) {
            return null;
        }

        @Override
        public String crash(Fault.Crash crash) {
            return null;
        }

        @Override
        public String restart(Fault.Restart restart) {
            return null;
        }

        @Override
        public String slowNode(Fault.SlowNode slow) {
            return null;
        }

        @Override
        public String degradeLink(Fault.DegradeLink link) {
            return null;
        }

        @Override
        public String restoreLink(Fault.RestoreLink link) {
            return null;
        }

        @Override
        public String loadSpike(Fault.LoadSpike spike) {
            return null;
        }
    }
}
