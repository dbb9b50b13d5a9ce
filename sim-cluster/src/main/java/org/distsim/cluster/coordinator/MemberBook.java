package org.distsim.cluster.coordinator;

import com.hazelcast.cluster.Member;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.distsim.cluster.access.BuildIdentity;
import org.distsim.cluster.access.Endpoint;
import org.distsim.cluster.hazelcast.HazelcastSetup;

/**
 * The coordinator's view of the members: which take runs (same distsim identity) and which are
 * refused, how many runs each takes at once, and how many it has now. Used by one thread.
 */
final class MemberBook {

    /** One member as the coordinator sees it. */
    static final class Slot {
        final Member member;
        final String address;
        final int capacity;
        final String refusal;
        int busy;
        boolean suspended;
        int failuresInARow;

        Slot(Member member, int capacity, String refusal) {
            this.member = member;
            this.address = new Endpoint(member.getAddress().getHost(), member.getAddress().getPort()).toString();
            this.capacity = capacity;
            this.refusal = refusal;
        }

        boolean usable() {
            return refusal == null;
        }

        int free() {
            return usable() && !suspended ? capacity - busy : 0;
        }
    }

    private final BuildIdentity identity;
    private final CoordinatorListener listener;
    private final Map<UUID, Slot> slots = new LinkedHashMap<>();
    /** Members refused later for what they did (a bad seal), by UUID, with the reason. */
    private final Map<UUID, String> refusedLater = new LinkedHashMap<>();
    private int shownMembers = -1;
    private int shownSlots = -1;

    MemberBook(BuildIdentity identity, CoordinatorListener listener) {
        this.identity = identity;
        this.listener = listener;
    }

    /**
     * Brings the book up to date with the cluster's member list; returns the members that left.
     *
     * @param announce  whether to tell the listener about each member that joined (not for the
     *                  members present at the start, which are shown together)
     */
    List<Slot> refresh(Set<Member> current, boolean announce) {
        Map<UUID, Member> byId = new LinkedHashMap<>();
        for (Member member : current) {
            if (!member.isLiteMember()) {
                byId.put(member.getUuid(), member);
            }
        }
        List<Slot> left = new ArrayList<>();
        for (Slot slot : List.copyOf(slots.values())) {
            if (!byId.containsKey(slot.member.getUuid())) {
                slots.remove(slot.member.getUuid());
                left.add(slot);
            }
        }
        for (Member member : byId.values()) {
            if (!slots.containsKey(member.getUuid())) {
                Slot slot = admit(member);
                slots.put(member.getUuid(), slot);
                if (announce) {
                    listener.message(slot.usable()
                            ? "member " + slot.address + " joined (" + runSlots(slot.capacity) + ")"
                            : refusalLine(slot));
                }
            }
        }
        showCounts();
        return left;
    }

    private Slot admit(Member member) {
        String refusal = refusedLater.get(member.getUuid());
        if (refusal == null) {
            BuildIdentity there = BuildIdentity.parse(member.getAttribute(HazelcastSetup.IDENTITY_ATTRIBUTE));
            String difference = identity.difference(there, "on the member", "here");
            refusal = difference == null ? null : difference + "; run the same distsim.jar on every machine";
        }
        return new Slot(member, capacity(member.getAttribute(HazelcastSetup.SLOTS_ATTRIBUTE)), refusal);
    }

    /** Stops sending runs to {@code slot}'s member for good, saying why (once). */
    void refuse(Slot slot, String reason) {
        Slot current = slots.get(slot.member.getUuid());
        if (current == null || !current.usable()) {
            return;
        }
        refusedLater.put(slot.member.getUuid(), reason);
        Slot refused = new Slot(slot.member, slot.capacity, reason);
        refused.busy = slot.busy;
        refused.failuresInARow = slot.failuresInARow;
        slots.put(slot.member.getUuid(), refused);
        listener.message(refusalLine(refused));
        showCounts();
    }

    /** Members that take runs, in member-list order (oldest first). */
    List<Slot> usable() {
        return slots.values().stream().filter(Slot::usable).toList();
    }

    /** One line per refused member. */
    List<String> refusals() {
        return slots.values().stream().filter(slot -> !slot.usable()).map(MemberBook::refusalLine).toList();
    }

    /** "2 members (127.0.0.1:5701, 127.0.0.1:5702), 4 run slots". */
    String summary() {
        List<Slot> usable = usable();
        return usable.size() + (usable.size() == 1 ? " member (" : " members (")
                + String.join(", ", usable.stream().map(slot -> slot.address).toList()) + "), "
                + runSlots(usable.stream().mapToInt(slot -> slot.capacity).sum());
    }

    /** Lifts every suspension. */
    void resume() {
        slots.values().forEach(slot -> slot.suspended = false);
    }

    private void showCounts() {
        List<Slot> usable = usable();
        int slotCount = usable.stream().mapToInt(slot -> slot.capacity).sum();
        if (usable.size() != shownMembers || slotCount != shownSlots) {
            shownMembers = usable.size();
            shownSlots = slotCount;
            listener.members(shownMembers, shownSlots);
        }
    }

    private static String refusalLine(Slot slot) {
        return "refused member " + slot.address + ": " + slot.refusal;
    }

    private static String runSlots(int count) {
        return count + (count == 1 ? " run slot" : " run slots");
    }

    private static int capacity(String attribute) {
        try {
            return attribute == null ? 1 : Math.max(1, Integer.parseInt(attribute));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
