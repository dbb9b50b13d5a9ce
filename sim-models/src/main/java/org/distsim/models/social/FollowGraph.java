package org.distsim.models.social;

import java.util.function.IntConsumer;

/**
 * Who follows whom among users {@code 0 .. users-1}, as the timeline service asks it: how many
 * follow an author and who they are (for fan-out on write), how many a reader follows (for fan-out
 * on read) and which authors are celebrities (for hybrid fan-out).
 */
public interface FollowGraph {

    /** The number of users; users are {@code 0 .. users-1}. */
    int users();

    /** The number of "follows" edges. */
    long edges();

    /** How many users follow {@code user}. */
    int followerCount(int user);

    /** The {@code index}-th follower of {@code user}, {@code 0 <= index < followerCount(user)}. */
    int follower(int user, int index);

    /**
     * Gives {@code action} followers {@code from .. from+count-1} of {@code user}, in index order:
     * what {@link #follower} gives one by one, for graphs that can share work across a batch.
     */
    default void forEachFollower(int user, int from, int count, IntConsumer action) {
        for (int i = from, end = from + count; i < end; i++) {
            action.accept(follower(user, i));
        }
    }

    /** How many users {@code user} follows. */
    int followeeCount(int user);

    /** The most followers any user has. */
    int maxFollowerCount();

    /** The users with at least {@code threshold} followers. */
    Celebrities celebrities(int threshold);

    /** The bytes the graph holds on the heap, object headers aside. */
    long memoryBytes();
}
