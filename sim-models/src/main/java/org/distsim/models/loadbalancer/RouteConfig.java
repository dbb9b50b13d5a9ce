package org.distsim.models.loadbalancer;

import java.util.List;
import java.util.Objects;
import org.distsim.models.format.Knob;

/**
 * An L7 route: requests whose route (path or type) starts with {@code prefix} go to
 * {@code backends} only.
 *
 * @param prefix   the start of the matching routes, not empty
 * @param backends the backends that serve them, a non-empty subset of the load balancer's
 */
public record RouteConfig(
        @Knob(doc = "Requests whose route (path or type) starts with this text take this route, such as /api.")
        String prefix,
        @Knob(doc = "The backends that serve this route: names from the load balancer's backends.",
                format = Knob.Format.NODE_REF)
        List<String> backends) {

    public RouteConfig {
        Objects.requireNonNull(prefix, "prefix");
        backends = List.copyOf(backends);
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("a route's prefix must not be empty; requests that match no route"
                    + " already go to all backends");
        }
        if (backends.isEmpty()) {
            throw new IllegalArgumentException("route \"" + prefix + "\" needs at least one backend");
        }
    }
}
