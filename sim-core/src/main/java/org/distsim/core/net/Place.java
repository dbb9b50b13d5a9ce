package org.distsim.core.net;

import java.util.List;
import java.util.Objects;

/**
 * One end of a link rule: every actor of a zone, or some actors named one by one (a node, or a
 * group node's front and its members).
 *
 * @param zone   the zone every actor of which is meant; null when the place is a list of actors
 * @param actors the actors meant, by name; empty when the place is a zone
 */
public record Place(String zone, List<String> actors) {

    public Place {
        actors = List.copyOf(actors);
        if ((zone == null) == actors.isEmpty()) {
            throw new IllegalArgumentException("a place is a zone or a list of actors, not both and not neither");
        }
    }

    /** Every actor in the zone of this name. */
    public static Place zone(String name) {
        return new Place(Objects.requireNonNull(name, "zone"), List.of());
    }

    /** The named actors. */
    public static Place actors(List<String> names) {
        return new Place(null, names);
    }

    /** How the place reads in a link's name: {@code zone:NAME}, or its first actor (a group's front). */
    String written() {
        return isZone() ? "zone:" + zone : actors.get(0);
    }

    boolean isZone() {
        return zone != null;
    }

    /** Whether the actor of this name, in this zone (null for none), is in the place. */
    boolean holds(String actor, String actorZone) {
        return isZone() ? zone.equals(actorZone) : actors.contains(actor);
    }
}
