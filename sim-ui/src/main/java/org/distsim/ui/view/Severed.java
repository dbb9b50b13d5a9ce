package org.distsim.ui.view;

import java.util.List;
import java.util.Map;

/** Which active partition, if any, severs a link: the one that puts its two ends on different sides. */
final class Severed {

    private Severed() {
    }

    /** The first active partition that puts some of one end's components and some of the other's in different groups, or null. */
    static String by(Map<String, List<List<String>>> partitions, List<String> as, List<String> bs) {
        for (String a : as) {
            for (String b : bs) {
                String by = by(partitions, a, b);
                if (by != null) {
                    return by;
                }
            }
        }
        return null;
    }

    /** The first active partition that puts the two ends in different groups, or null. */
    static String by(Map<String, List<List<String>>> partitions, String a, String b) {
        for (Map.Entry<String, List<List<String>>> partition : partitions.entrySet()) {
            List<List<String>> groups = partition.getValue();
            int ga = -1;
            int gb = -1;
            for (int i = 0; i < groups.size(); i++) {
                if (groups.get(i).contains(a)) {
                    ga = i;
                }
                if (groups.get(i).contains(b)) {
                    gb = i;
                }
            }
            if (ga >= 0 && gb >= 0 && ga != gb) {
                return partition.getKey();
            }
        }
        return null;
    }
}
