package org.distsim.models.rpc;

import java.util.Objects;

/**
 * A definite failure: its reason, and for a dependency that timed out, which dependency, so that a
 * chain of services reports the root cause ({@code dependency-timeout: db}).
 *
 * @param reason      why
 * @param dependency  the dependency that timed out ({@link FailureReason#DEPENDENCY_TIMEOUT} only); null otherwise
 */
public record Failure(FailureReason reason, String dependency) {

    public Failure {
        Objects.requireNonNull(reason, "reason");
        if ((reason == FailureReason.DEPENDENCY_TIMEOUT) != (dependency != null)) {
            throw new IllegalArgumentException("a dependency timeout, and only it, names its dependency");
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

    /** How the failure is reported under {@code failed_by_reason}: {@code rejected}, {@code dependency-timeout: db}. */
    public String key() {
        return dependency == null ? reason.key() : reason.key() + ": " + dependency;
    }

    @Override
    public String toString() {
        return key();
    }
}
