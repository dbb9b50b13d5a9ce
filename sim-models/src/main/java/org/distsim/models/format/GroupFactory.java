package org.distsim.models.format;

import java.util.List;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;

/**
 * Builds a node that is really several machines: one YAML node {@code db} with {@code replicas: 3}
 * becomes a front actor named {@code db} and member actors {@code db-1}, {@code db-2}, {@code db-3}.
 * Each member is an actor of its own, so faults, partitions and targets can name it, and the
 * network carries every message between members.
 *
 * <p>The loader learns the member names before binding (for references), from the raw value of
 * {@link #sizeKnob()}; an invalid value falls back to the knob's default and is reported by the
 * binder as usual.
 *
 * @param <C> the configuration record
 */
public interface GroupFactory<C extends Record> {

    /** The knob of {@code C} that sets the number of members, e.g. {@code replicas}. */
    String sizeKnob();

    /** How many members the validated configuration asks for, at least 1. */
    int size(C config);

    /** The type shown for members in reports and the live view, e.g. {@code database-replica}. */
    String memberType();

    /** Every figure a member may record, in declaration order. */
    List<FigureSpec> memberFigures();

    /**
     * State shared by the front and the members of one group node for one run, made before any of
     * them. Meant for instrumentation that no single member could measure alone (which acknowledged
     * writes a failover lost); as with the consistency oracle, no simulated behaviour may depend on
     * it, since no real machine could see it.
     */
    default Object newRunState(C config) {
        return null;
    }

    /** The actor named after the node itself: what clients that target the node talk to. */
    Actor front(ActorContext context, C config, Group group);

    /** Member {@code index}, counted from 1, named {@link Group#memberName(String, int)}. */
    Actor member(ActorContext context, C config, Group group, int index);
}
