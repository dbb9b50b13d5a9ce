package org.distsim.models.rpc;

import java.util.Objects;

/**
 * A definite failure: its reason, and for a dependency that timed out, which dependency, so that a
 * chain of services reports the root cause ({@code dependency-timeout: db}).
 *
 * @param reason      why
 * @param dependency  the dependency that timed out or whose edge erred ({@link FailureReason#namesDependency}
 *                    only); null otherwise
 */
public record Failure(FailureReason reason, String dependency) {

    public Failure {
        Objects.requireNonNull(reason, "reason");
        if (reason.namesDependency() != (dependency != null)) {
            throw new IllegalArgumentException("a dependency timeout or call error, and only those, name their dependency");
        }
    }

    /** A failure for {@code reason}, which names no dependency. */
    public static Failure of(FailureReason reason) {
        return new Failure(reason, null);
    }

    /** A dependency call to {@code target} timed out. */
    public static Failure dependencyTimeout(String target) {
        return new Failure(FailureReason.DEPENDENCY_TIMEOUT, target);
    }

    /** The edge to {@code target} turned a successful answer into an error. */
    public static Failure callError(String target) {
        return new Failure(FailureReason.CALL_ERROR, target);
    }

    /** How the failure is reported under {@code failed_by_reason}: {@code rejected}, {@code dependency-timeout: db}. */
    public String key() {
        return dependency == null ? reason.key() : reason.key() + ": " + dependency;
    }

    @Override
    public String toString() {
        return key();
    }
}
