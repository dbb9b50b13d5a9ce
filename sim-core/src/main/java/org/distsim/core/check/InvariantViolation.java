package org.distsim.core.check;

import java.util.List;

/**
 * A run ended with a broken invariant: a bug in distsim. The message names the invariant (every
 * broken one, the first first), the scenario and the seed; commands add the line that reproduces
 * the run and exit with the code for internal errors.
 */
public final class InvariantViolation extends RuntimeException {

    private final String scenario;
    private final long seed;
    private final int replication;
    private final List<Violation> violations;

    public InvariantViolation(String scenario, long seed, int replication, List<Violation> violations) {
        super(message(scenario, seed, replication, violations), null, false, false);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invariant violation needs at least one broken invariant");
        }
        this.scenario = scenario;
        this.seed = seed;
        this.replication = replication;
        this.violations = List.copyOf(violations);
    }

    private static String message(String scenario, long seed, int replication, List<Violation> violations) {
        StringBuilder out = new StringBuilder("invariant broken: ");
        out.append(violations.isEmpty() ? "(none)" : violations.get(0).toString());
        out.append(" (scenario ").append(scenario).append(", seed ").append(seed);
        if (replication != 0) {
            out.append(", replication ").append(replication);
        }
        out.append(')');
        for (Violation more : violations.subList(Math.min(1, violations.size()), violations.size())) {
            out.append("\nalso broken: ").append(more);
        }
        return out.toString();
    }

    public String scenario() {
        return scenario;
    }

    public long seed() {
        return seed;
    }

    public int replication() {
        return replication;
    }

    /** Every broken invariant, in the order of the checks. */
    public List<Violation> violations() {
        return violations;
    }

    /** The first broken invariant's name. */
    public String invariant() {
        return violations.get(0).invariant();
    }
}
