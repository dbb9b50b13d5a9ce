package org.distsim.models.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.distsim.models.scenario.CallGraph;
import org.distsim.models.scenario.GroupMembers;
import org.distsim.models.scenario.Scenario;

/**
 * Which workloads measure consistency against each other. A stale read is a read older than a
 * write some client saw acknowledged; that only means something when the two can reach the same
 * data. So workloads are grouped by the stores their requests can end at: the nodes at the end of
 * the reference edges from the workload (a database, a replicated database, a timeline; a cache
 * leads on to its backing). Two workloads that can end at a common store share a domain; the
 * members of a replicated database count as the database itself, so a client near one replica and
 * a client near another are compared, as they must be in a partition. Two side-by-side pipelines
 * with separate databases are not.
 */
final class ConsistencyDomains {

    private ConsistencyDomains() {
    }

    /** The domain of each workload, by workload name, in declaration order; a domain is named after its first workload. */
    static Map<String, String> of(Scenario scenario) {
        Map<String, String> canonical = GroupMembers.of(scenario);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (CallGraph.Edge edge : CallGraph.of(scenario).edges()) {
            out.computeIfAbsent(edge.from(), k -> new ArrayList<>())
                    .add(canonical.getOrDefault(edge.to(), edge.to()));
        }
        List<String> workloads = List.copyOf(scenario.workloads().keySet());
        List<Set<String>> stores = new ArrayList<>();
        for (String workload : workloads) {
            stores.add(storesReachedFrom(workload, out));
        }
        int[] parent = new int[workloads.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            for (int j = 0; j < i; j++) {
                if (intersects(stores.get(i), stores.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<String, String> domains = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            domains.put(workloads.get(i), workloads.get(minimumOf(parent, find(parent, i))));
        }
        return domains;
    }

    /** The nodes reachable from {@code start} that send nothing further: where its data lives. */
    private static Set<String> storesReachedFrom(String start, Map<String, List<String>> out) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> stores = new LinkedHashSet<>();
        List<String> stack = new ArrayList<>(out.getOrDefault(start, List.of()));
        while (!stack.isEmpty()) {
            String node = stack.remove(stack.size() - 1);
            if (!seen.add(node)) {
                continue;
            }
            List<String> next = out.getOrDefault(node, List.of());
            if (next.isEmpty()) {
                stores.add(node);
            }
            stack.addAll(next);
        }
        return stores;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    /** The lowest index in the set whose root is {@code root}: the first-declared workload of the domain. */
    private static int minimumOf(int[] parent, int root) {
        for (int i = 0; i < parent.length; i++) {
            if (find(parent, i) == root) {
                return i;
            }
        }
        return root;
    }
}
