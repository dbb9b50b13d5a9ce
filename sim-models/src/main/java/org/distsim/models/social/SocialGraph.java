package org.distsim.models.social;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.RejectionInversionZipfSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;

/**
 * A directed "follows" graph of {@code users} users, {@code 0 .. users-1}, with a heavy-tailed
 * follower count: user {@code r} is chosen as a followee with probability proportional to
 * {@code (r+1)^-skew}, so user 0 is the most followed. Immutable once built.
 *
 * <p>Both directions are stored in compressed sparse row form (an offsets array of
 * {@code users + 1} ints and a targets array of one int per edge), so the graph takes
 * {@link #memoryBytes() 4 × (2 × edges + 2 × (users + 1)) bytes}: 168 MB for one million users who
 * follow 20 others on average. See the package documentation for the generation model.
 */
public final class SocialGraph implements FollowGraph {

    /**
     * The most edges a graph may hold: two ints per edge (both directions) makes 400 MB, which keeps
     * a graph and a simulation well under a 1 GB heap.
     */
    public static final long MAX_EDGES = 50_000_000L;

    /** How many times a user redraws a followee it already follows (or itself) before giving up. */
    private static final int MAX_REDRAWS = 64;

    private final int users;
    private final int[] followeeOffsets;
    private final int[] followees;
    private final int[] followerOffsets;
    private final int[] followers;

    private SocialGraph(int users, int[] followeeOffsets, int[] followees, int[] followerOffsets, int[] followers) {
        this.users = users;
        this.followeeOffsets = followeeOffsets;
        this.followees = followees;
        this.followerOffsets = followerOffsets;
        this.followers = followers;
    }

    /**
     * Generates a graph from one random stream; the same stream state gives the same graph.
     *
     * @param users       the number of users, at least 2
     * @param meanFollows the mean number of users each user follows, at least 1; each user follows
     *                    a number drawn uniformly from {@code 1 .. 2 × meanFollows - 1}, at most
     *                    {@code users - 1}
     * @param skew        the Zipf exponent of followee choice, finite and {@code >= 0}; 0 makes every
     *                    user equally likely to be followed, 1 gives the power law of Twitter's
     *                    follower counts (Kwak et al. 2010)
     * @param rng         the only source of randomness
     * @throws IllegalArgumentException when an argument is out of range or the graph would hold more
     *     than {@link #MAX_EDGES} edges
     */
    public static SocialGraph generate(int users, int meanFollows, double skew, UniformRandomProvider rng) {
        Objects.requireNonNull(rng, "rng");
        if (users < 2) {
            throw new IllegalArgumentException("users must be at least 2, got " + users);
        }
        if (meanFollows < 1) {
            throw new IllegalArgumentException("mean-follows must be at least 1, got " + meanFollows);
        }
        if (!Double.isFinite(skew) || skew < 0) {
            throw new IllegalArgumentException("follower-skew must be a finite number >= 0, got " + skew);
        }
        long expectedEdges = (long) users * Math.min(meanFollows, users - 1L);
        if (expectedEdges > MAX_EDGES) {
            throw new IllegalArgumentException("users × mean-follows = " + expectedEdges + " edges exceeds the limit of "
                    + MAX_EDGES + " (" + MAX_EDGES * 8 / 1_000_000 + " MB of graph); use fewer users or follows");
        }
        int maxFollows = (int) Math.min(2L * meanFollows - 1, users - 1L);

        // Pass 1: how many users each user follows, as CSR offsets.
        int[] followeeOffsets = new int[users + 1];
        for (int u = 0; u < users; u++) {
            int count = 1 + rng.nextInt(maxFollows);
            followeeOffsets[u + 1] = followeeOffsets[u] + count;
        }
        int edges = followeeOffsets[users];

        // Pass 2: whom. A user redraws a followee it already follows (or itself), so the follower
        // count of a celebrity saturates at the number of users instead of counting duplicates.
        int[] followees = new int[edges];
        int[] lastChooser = new int[users];
        Arrays.fill(lastChooser, -1);
        SharedStateDiscreteSampler rank = skew == 0 ? null : RejectionInversionZipfSampler.of(rng, users, skew);
        int kept = 0;
        for (int u = 0; u < users; u++) {
            int start = kept;
            int wanted = followeeOffsets[u + 1] - followeeOffsets[u];
            for (int i = 0; i < wanted; i++) {
                for (int attempt = 0; attempt < MAX_REDRAWS; attempt++) {
                    int v = rank == null ? rng.nextInt(users) : rank.sample() - 1;
                    if (v != u && lastChooser[v] != u) {
                        lastChooser[v] = u;
                        followees[kept++] = v;
                        break;
                    }
                }
            }
            Arrays.sort(followees, start, kept);
            followeeOffsets[u] = start;
        }
        followeeOffsets[users] = kept;
        if (kept < edges) {
            followees = Arrays.copyOf(followees, kept);
        }

        // The reverse direction: count, prefix-sum, fill. Followers of each user come out sorted
        // because users are visited in order.
        int[] followerOffsets = new int[users + 1];
        for (int e = 0; e < kept; e++) {
            followerOffsets[followees[e] + 1]++;
        }
        for (int u = 0; u < users; u++) {
            followerOffsets[u + 1] += followerOffsets[u];
        }
        int[] followers = new int[kept];
        int[] next = lastChooser;
        System.arraycopy(followerOffsets, 0, next, 0, users);
        for (int u = 0; u < users; u++) {
            for (int e = followeeOffsets[u]; e < followeeOffsets[u + 1]; e++) {
                followers[next[followees[e]]++] = u;
            }
        }
        return new SocialGraph(users, followeeOffsets, followees, followerOffsets, followers);
    }

    /** The number of users; users are {@code 0 .. users-1}. */
    @Override
    public int users() {
        return users;
    }

    /** The number of "follows" edges. */
    @Override
    public long edges() {
        return followees.length;
    }

    /** How many users {@code user} follows. */
    @Override
    public int followeeCount(int user) {
        return followeeOffsets[user + 1] - followeeOffsets[user];
    }

    /** How many users follow {@code user}. */
    @Override
    public int followerCount(int user) {
        return followerOffsets[user + 1] - followerOffsets[user];
    }

    /** The {@code index}-th user that {@code user} follows, {@code 0 <= index < followeeCount(user)}, ascending. */
    public int followee(int user, int index) {
        return followees[followeeOffsets[user] + index];
    }

    /** The {@code index}-th follower of {@code user}, {@code 0 <= index < followerCount(user)}, ascending. */
    @Override
    public int follower(int user, int index) {
        return followers[followerOffsets[user] + index];
    }

    /** The most followers any user has. */
    @Override
    public int maxFollowerCount() {
        int max = 0;
        for (int u = 0; u < users; u++) {
            max = Math.max(max, followerCount(u));
        }
        return max;
    }

    /** The users with at least {@code threshold} followers; who follows them is read from the followee lists. */
    @Override
    public Celebrities celebrities(int threshold) {
        BitSet set = celebritySet(threshold);
        int count = set.cardinality();
        return new Celebrities() {
            @Override
            public int count() {
                return count;
            }

            @Override
            public boolean contains(int user) {
                return set.get(user);
            }

            @Override
            public int followedBy(int user) {
                int followed = 0;
                if (count > 0) {
                    for (int i = 0, n = followeeCount(user); i < n; i++) {
                        if (set.get(followee(user, i))) {
                            followed++;
                        }
                    }
                }
                return followed;
            }
        };
    }

    /** The users with at least {@code threshold} followers, as a set of user ids. */
    public BitSet celebritySet(int threshold) {
        BitSet set = new BitSet(users);
        for (int u = 0; u < users; u++) {
            if (followerCount(u) >= threshold) {
                set.set(u);
            }
        }
        return set;
    }

    /** The share of all follows that point at the {@code count} most followed users, in [0, 1]. */
    public double followerShareOfTop(int count) {
        int[] counts = new int[users];
        for (int u = 0; u < users; u++) {
            counts[u] = followerCount(u);
        }
        Arrays.sort(counts);
        long top = 0;
        for (int i = users - 1; i >= Math.max(0, users - count); i--) {
            top += counts[i];
        }
        return edges() == 0 ? 0 : (double) top / edges();
    }

    /** The total length of the four arrays that hold the graph, in ints. */
    public long arrayInts() {
        return (long) followeeOffsets.length + followees.length + followerOffsets.length + followers.length;
    }

    /** The bytes the graph's arrays take on the heap, headers aside: {@code 4 × }{@link #arrayInts()}. */
    @Override
    public long memoryBytes() {
        return 4 * arrayInts();
    }
}
