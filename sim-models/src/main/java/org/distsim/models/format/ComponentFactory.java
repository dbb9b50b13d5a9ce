package org.distsim.models.format;

import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;

/** Builds the actor of a component from its validated configuration record. */
@FunctionalInterface
public interface ComponentFactory<C extends Record> {
    Actor create(ActorContext context, C config);
}
