package org.distsim.core.metrics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The records of acknowledged writes of a run, one per <em>consistency domain</em>, and the domain
 * of each actor. Actors of one domain measure stale reads against the same record; a domain is the
 * set of clients whose requests can reach the same stores, so that two side-by-side databases never
 * make each other's reads look stale. The layer that wires a run assigns the domains (the scenario
 * runner computes them from the call graph); actors not assigned share the domain {@code ""}.
 *
 * <p>An actor takes its record when it is built, so every domain must be assigned before the actor
 * it names asks for its record.
 */
public final class Consistency {

    // Both looked up by name only, never iterated, so their hash order cannot leak into behaviour.
    private final Map<String, String> domainOf = new HashMap<>();
    private final Map<String, ConsistencyOracle> oracles = new HashMap<>();
    private final Set<String> handedOut = new HashSet<>();

    /** Puts an actor in a domain; before the actor has taken its record. */
    public void assign(String actor, String domain) {
        if (handedOut.contains(actor)) {
            throw new IllegalStateException("assign the consistency domain of '" + actor
                    + "' before it takes its record (before it is spawned)");
        }
        domainOf.put(actor, domain);
    }

    /** The domain of an actor, {@code ""} when none was assigned. */
    public String domainOf(String actor) {
        return domainOf.getOrDefault(actor, "");
    }

    /** The record of acknowledged writes of the actor's domain. */
    public ConsistencyOracle oracleOf(String actor) {
        handedOut.add(actor);
        return oracles.computeIfAbsent(domainOf(actor), d -> new ConsistencyOracle());
    }
}
