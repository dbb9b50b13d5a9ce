package org.distsim.core.kernel;

/**
 * The address of one actor in one simulation: a dense index (for array lookups in the hot path)
 * and the name the scenario gave it (for everything a person reads).
 *
 * <p>Equal refs have equal indexes; a ref from one simulation means nothing in another.
 */
public record ActorRef(int index, String name, String type) {

    @Override
    public String toString() {
        return name;
    }
}
