package org.distsim.core.kernel;

/**
 * Thrown by a component that reached one of its own hard bounds (an "unbounded" queue at its
 * memory cap, say). The engine ends the run and reports the message, instead of running out of
 * memory silently.
 */
public final class ModelLimitException extends RuntimeException {

    public ModelLimitException(String message) {
        super(message, null, false, false);
    }
}
