package org.distsim.models.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The names of a group node: the node's own name (its front actor) and its members, in order.
 *
 * @param name      the node's name under {@code nodes:}
 * @param members   the member actor names, {@code name-1} to {@code name-n}
 * @param runState  what {@link GroupFactory#newRunState} made for this run, shared by the front and
 *                  the members; null when the type keeps none
 */
public record Group(String name, List<String> members, Object runState) {

    /** Members are capped so that a typo like {@code replicas: 30000} cannot spawn a city. */
    public static final int MAX_MEMBERS = 64;

    public Group {
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
    }

    /** The group of {@code size} members named after {@code name}, with no run state. */
    public static Group of(String name, int size) {
        return of(name, size, null);
    }

    /** The group of {@code size} members named after {@code name}. */
    public static Group of(String name, int size, Object runState) {
        List<String> members = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            members.add(memberName(name, i));
        }
        return new Group(name, members, runState);
    }

    /** The name of member {@code index} (from 1) of the group named {@code name}. */
    public static String memberName(String name, int index) {
        return name + "-" + index;
    }

    /** The run state, as the type its factory made. */
    public <S> S runState(Class<S> type) {
        return type.cast(runState);
    }

    public int size() {
        return members.size();
    }
}
