package org.distsim.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.distsim.ui.live.NodeState;

/**
 * What a component's box shows: its name, its type, its health and at most three short figures of
 * the last interval. Only figures the component has are shown: a cache shows its hit ratio, a
 * queue its backlog and lag, a service how busy it is and how long its queue.
 *
 * @param name    the component's name
 * @param type    its type
 * @param health  up, degraded or down
 * @param status  one word or two for the health ("down", "slowed x3", "saturated")
 * @param lines   figures, such as "busy 83%", "queue 12", "hits 91%"
 */
public record NodeBadge(String name, String type, Health health, String status, List<String> lines) {

    /** Utilisation at which a station counts as saturated. */
    static final double SATURATED = 0.95;
    private static final int MAX_LINES = 4;

    public NodeBadge {
        lines = List.copyOf(lines);
    }

    public static NodeBadge of(NodeState state) {
        List<String> lines = new ArrayList<>();
        if (state.workload()) {
            add(lines, "ok %s/s", state.figure("throughput_rps"));
            Double availability = state.figure("availability");
            if (availability != null) {
                lines.add("avail " + percent(availability));
            }
        } else {
            Double utilisation = state.figure("utilisation");
            if (utilisation != null) {
                lines.add("busy " + percent(utilisation));
            }
            add(lines, "queue %s", state.figure("queue"));
            Double hits = state.figure("hits");
            Double misses = state.figure("misses");
            if (hits != null && misses != null && hits + misses > 0) {
                lines.add("hits " + percent(hits / (hits + misses)));
            }
            add(lines, "backlog %s", state.figure("backlog"));
            add(lines, "backlog %s", state.figure("fanout_backlog"));
            add(lines, "lag %s", state.figure("lag"));
            add(lines, "healthy %s", state.figure("healthy_backends"));
            add(lines, "replicas %s", state.figure("replicas"));
        }
        Health health;
        String status;
        Double utilisation = state.figure("utilisation");
        Double rejected = state.figure("rejected");
        if (!state.up()) {
            health = Health.DOWN;
            status = "DOWN";
        } else if (state.slowdown() != 1) {
            health = Health.DEGRADED;
            status = "slowed x" + number(state.slowdown());
        } else if (rejected != null && rejected > 0) {
            health = Health.DEGRADED;
            status = "rejecting";
        } else if (utilisation != null && utilisation >= SATURATED) {
            health = Health.DEGRADED;
            status = "saturated";
        } else if (state.workload() && state.figure("availability") != null && state.figure("availability") < 0.99) {
            health = Health.DEGRADED;
            status = "failing";
        } else {
            health = Health.UP;
            status = "up";
        }
        return new NodeBadge(state.name(), state.type(), health, status,
                lines.size() > MAX_LINES ? lines.subList(0, MAX_LINES) : lines);
    }

    private static void add(List<String> lines, String format, Double value) {
        if (value != null) {
            lines.add(String.format(Locale.ROOT, format, number(value)));
        }
    }

    static String percent(double ratio) {
        double percent = ratio * 100;
        if (percent >= 99.95 && percent < 100) {
            return String.format(Locale.ROOT, "%.2f%%", Math.floor(percent * 100) / 100);
        }
        return String.format(Locale.ROOT, "%.0f%%", Math.floor(percent + 0.5));
    }

    /** A figure in few characters: 3, 12.5, 1.2k, 3.4M. */
    static String number(double value) {
        double magnitude = Math.abs(value);
        if (magnitude < 0.05) {
            return "0";
        }
        if (magnitude >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", value / 1e6);
        }
        if (magnitude >= 1e4) {
            return String.format(Locale.ROOT, "%.0fk", value / 1e3);
        }
        if (magnitude >= 1e3) {
            return String.format(Locale.ROOT, "%.1fk", value / 1e3);
        }
        if (magnitude >= 10 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
