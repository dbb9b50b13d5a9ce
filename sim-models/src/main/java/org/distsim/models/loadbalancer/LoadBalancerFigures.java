package org.distsim.models.loadbalancer;

import java.util.List;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;

/** The figures of a {@code load-balancer} node. */
public final class LoadBalancerFigures {

    public static final FigureSpec FORWARDED = FigureSpec.count("to", Role.LOAD, "forwarded",
            "Requests forwarded to one backend.").per(FigureSpec.Per.BACKEND);
    public static final FigureSpec UNAVAILABLE = FigureSpec.count("unavailable", Role.ERRORS, "unavailable",
            "Requests failed with reason unavailable: no healthy backend to send them to.");
    public static final FigureSpec TIMEOUTS = FigureSpec.count("timeouts", Role.ERRORS, "timeouts",
            "Forwarded requests the backend did not answer in time (the caller hears nothing either).");
    public static final FigureSpec HEALTHY_BACKENDS = FigureSpec.gauge("healthy_backends", Unit.ONE, Role.CAPACITY,
            "healthy backends", "Backends the balancer sends to, time-weighted.").asHeadline();
    public static final FigureSpec MARKED_DOWN = FigureSpec.count("marked_down", Role.RESILIENCE, "marked down",
            "Times the health check took a backend out.");
    public static final FigureSpec MARKED_UP = FigureSpec.count("marked_up", Role.RESILIENCE, "marked up",
            "Times the health check put a backend back.");

    public static final FigureSpec RETRIES = FigureSpec.count("retries", Role.RESILIENCE, "retries",
            "Requests sent again to another backend after a definite failure (with retries above 0).");
    public static final FigureSpec RETRIES_REFUSED = FigureSpec.count("retries_refused", Role.RESILIENCE,
            "retries refused", "Retries the retry budget did not allow: the caller got the failure instead.");
    public static final FigureSpec EJECTIONS = FigureSpec.count("ejections", Role.RESILIENCE, "ejections",
            "Times outlier detection took a backend out for failing requests in a row.");
    public static final FigureSpec EJECTED_BACKENDS = FigureSpec.gauge("ejected_backends", Unit.ONE, Role.RESILIENCE,
            "ejected backends", "Backends ejected by outlier detection, time-weighted.");

    /**
     * Every figure of the type, in the order the balancer registers them: marked down and up only
     * with health checks, the retries only with retries, the ejections only with outlier detection.
     */
    public static final List<FigureSpec> ALL = List.of(FORWARDED, UNAVAILABLE, TIMEOUTS, HEALTHY_BACKENDS, MARKED_DOWN,
            MARKED_UP, RETRIES, RETRIES_REFUSED, EJECTIONS, EJECTED_BACKENDS);

    private LoadBalancerFigures() {
    }
}
