package org.distsim.core.kernel;

/** Builds an actor around the context the engine made for it. */
@FunctionalInterface
public interface ActorFactory {
    Actor create(ActorContext context);
}
