package org.distsim.models.social;

import java.util.Objects;
import java.util.function.IntConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;

/**
 * A social graph of up to a billion users that is computed when asked, never stored edge by edge:
 * it holds a few keys and the arcs of its celebrities, so its memory does not grow with the number
 * of users. See the package documentation for the exact law; in short:
 * <ul>
 *   <li>User {@code r} has {@code f(r) = min(N-1, floor(c × (r + 1 - u_r)^-s))} followers, where
 *       {@code u_r} is uniform on [0, 1) from a counter-based stream keyed by {@code r} and
 *       {@code c = N m / H(N, s)}: a stratified sample of the power law
 *       {@code P(F >= k) = (c / k)^(1/s) / N}, with user 0 the most followed.</li>
 *   <li>User {@code v}'s followers are the users at the {@code f(v)} ring positions from a random
 *       start {@code a_v} on, skipping {@code v}'s own position, where positions come from a keyed
 *       pseudo-random permutation of the users: distinct, never {@code v}, computed in O(1) each.</li>
 *   <li>How many celebrities a user follows is exact (it counts the celebrities' arcs that cover the
 *       user's position); how many other users it follows is drawn from the Poisson law with the
 *       mean number of such follows, from a stream keyed by the user.</li>
 * </ul>
 */
public final class GeneratedSocialGraph implements FollowGraph {

    /** The most users a generated graph may have: ring positions are ints. */
    public static final int MAX_USERS = 1_000_000_000;
    /** The most celebrities a graph indexes: two or three ints each, 48 MB at most. */
    public static final int MAX_CELEBRITIES = 4_000_000;
    /** Ranks whose follower counts are summed one by one; the rest are summed by level. */
    private static final int DIRECT_RANKS = 1 << 16;
    /** Terms of the generalised harmonic number summed exactly before Euler–Maclaurin takes over. */
    private static final int EXACT_HARMONIC_TERMS = 100_000;

    private final int users;
    private final double skew;
    private final double scale;
    private final long countKey;
    private final long startKey;
    private final long followKey;
    private final UserPermutation positions;
    private final int indexThreshold;
    private final ArcCelebrities celebrities;
    private final long edges;
    private final double otherFolloweesMean;

    private GeneratedSocialGraph(int users, int meanFollows, double skew, int indexThreshold,
            UniformRandomProvider rng) {
        this.users = users;
        this.skew = skew;
        this.scale = users * (double) meanFollows / harmonic(users, skew);
        this.countKey = rng.nextLong();
        this.startKey = rng.nextLong();
        this.followKey = rng.nextLong();
        this.positions = new UserPermutation(users, rng.nextLong());
        this.indexThreshold = indexThreshold;
        this.celebrities = index(indexThreshold);
        this.edges = sumFollowers(0, users);
        this.otherFolloweesMean = (edges - sumFollowers(0, celebrities.count)) / (double) users;
    }

    /**
     * Sets up a graph from one random stream (four values are drawn from it); the same stream state
     * gives the same graph. Takes {@code O(celebrities + f(2^16) × log N)} time.
     *
     * @param users          the number of users, 2 .. {@link #MAX_USERS}
     * @param meanFollows    the mean number of followers (and of followees) per user, at least 1
     * @param skew           the rank exponent {@code s}, finite and {@code >= 0}: 0 gives everyone
     *                       {@code meanFollows} followers, 1 is Zipf's law of rank
     * @param indexThreshold followers from which a user is a celebrity whose arcs are indexed
     * @param rng            the only source of randomness
     * @throws IllegalArgumentException when an argument is out of range or more than
     *     {@link #MAX_CELEBRITIES} users reach the threshold
     */
    public static GeneratedSocialGraph generate(int users, int meanFollows, double skew, int indexThreshold,
            UniformRandomProvider rng) {
        Objects.requireNonNull(rng, "rng");
        if (users < 2 || users > MAX_USERS) {
            throw new IllegalArgumentException("users must be 2 .. " + MAX_USERS + ", got " + users);
        }
        if (meanFollows < 1) {
            throw new IllegalArgumentException("mean-follows must be at least 1, got " + meanFollows);
        }
        if (!Double.isFinite(skew) || skew < 0) {
            throw new IllegalArgumentException("follower-skew must be a finite number >= 0, got " + skew);
        }
        if (indexThreshold < 1) {
            throw new IllegalArgumentException("celebrity-threshold must be at least 1, got " + indexThreshold);
        }
        return new GeneratedSocialGraph(users, meanFollows, skew, indexThreshold, rng);
    }

    @Override
    public int users() {
        return users;
    }

    @Override
    public long edges() {
        return edges;
    }

    /** The scale {@code c} of the law: user {@code r} has about {@code c (r + 1/2)^-s} followers. */
    public double scale() {
        return scale;
    }

    @Override
    public int followerCount(int user) {
        double stratum = user + 1.0 - Mix.uniformAt(countKey, user);
        double followers = skew == 0 ? scale : scale * StrictMath.pow(stratum, -skew);
        return (int) Math.min(users - 1L, (long) Math.min(Long.MAX_VALUE / 2, Math.floor(followers)));
    }

    @Override
    public int follower(int user, int index) {
        int count = followerCount(user);
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("user " + user + " has " + count + " followers, asked for " + index);
        }
        long start = arcStart(user);
        long self = Math.floorMod(positions.apply(user) - start, (long) users);
        long offset = self < count && index >= self ? index + 1L : index;
        return (int) positions.inverse((start + offset) % users);
    }

    /** The same followers as {@link #follower}, with the author's count, start and own position found once. */
    @Override
    public void forEachFollower(int user, int from, int count, IntConsumer action) {
        int followers = followerCount(user);
        if (from < 0 || count < 0 || (long) from + count > followers) {
            throw new IndexOutOfBoundsException("user " + user + " has " + followers + " followers, asked for "
                    + from + " + " + count);
        }
        long start = arcStart(user);
        long self = Math.floorMod(positions.apply(user) - start, (long) users);
        for (int index = from, end = from + count; index < end; index++) {
            long offset = self < followers && index >= self ? index + 1L : index;
            action.accept((int) positions.inverse((start + offset) % users));
        }
    }

    /**
     * The celebrities {@code user} follows (counted exactly) plus a Poisson number of other
     * followees, drawn from the stream keyed by {@code user}, so the same user always gives the same
     * count.
     */
    @Override
    public int followeeCount(int user) {
        int others = 0;
        if (otherFolloweesMean > 0) {
            UniformRandomProvider stream = Mix.stream(Mix.at(followKey, user));
            others = PoissonSampler.of(stream, otherFolloweesMean).sample();
        }
        return (int) Math.min(users - 1L, (long) celebrities.followedBy(user) + others);
    }

    @Override
    public int maxFollowerCount() {
        return followerCount(0);
    }

    @Override
    public Celebrities celebrities(int threshold) {
        return threshold == indexThreshold ? celebrities : index(threshold);
    }

    /** The mean number of non-celebrity users a user follows. */
    public double otherFolloweesMean() {
        return otherFolloweesMean;
    }

    /** The celebrity arcs, the only part that grows: with the number of celebrities, not of users. */
    @Override
    public long memoryBytes() {
        return celebrities.index.memoryBytes();
    }

    private long arcStart(int user) {
        return Long.remainderUnsigned(Mix.at(startKey, user), users);
    }

    /** Whether {@code user}'s arc of followers reaches over its own position (then skipped). */
    private boolean arcCoversSelf(int user, int followers) {
        return Math.floorMod(positions.apply(user) - arcStart(user), (long) users) < followers;
    }

    private ArcCelebrities index(int threshold) {
        int count = firstBelow(threshold, 0, users);
        if (count > MAX_CELEBRITIES) {
            throw new IllegalArgumentException("celebrity-threshold " + threshold + " makes " + count
                    + " of the " + users + " users celebrities, above the limit of " + MAX_CELEBRITIES
                    + " (their arcs are held in memory); raise the threshold");
        }
        long[] begin = new long[count];
        long[] lengths = new long[count];
        for (int r = 0; r < count; r++) {
            int followers = followerCount(r);
            begin[r] = arcStart(r);
            lengths[r] = followers + (arcCoversSelf(r, followers) ? 1 : 0);
        }
        return new ArcCelebrities(count, new ArcIndex(users, begin, lengths));
    }

    /** The smallest rank in {@code from .. to-1} with fewer than {@code level} followers, or {@code to}. */
    private int firstBelow(long level, int from, int to) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (followerCount(mid) < level) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * The followers of ranks {@code from .. to-1}, exactly: the first {@link #DIRECT_RANKS} one by
     * one, the rest as the sum over levels k of how many ranks have at least k followers, each found
     * by bisection because follower counts never grow with rank.
     */
    private long sumFollowers(int from, int to) {
        int direct = (int) Math.min(to, (long) from + DIRECT_RANKS);
        long sum = 0;
        for (int r = from; r < direct; r++) {
            sum += followerCount(r);
        }
        if (direct < to) {
            int top = followerCount(direct);
            for (int level = 1; level <= top; level++) {
                sum += firstBelow(level, direct, to) - direct;
            }
        }
        return sum;
    }

    /**
     * The generalised harmonic number {@code H(n, s) = sum of r^-s for r = 1 .. n}: the first
     * {@link #EXACT_HARMONIC_TERMS} terms exactly, the rest by Euler–Maclaurin (integral, end
     * terms and the first derivative correction), whose error there is below 1e-15 relative.
     */
    static double harmonic(long n, double s) {
        long exact = Math.min(n, EXACT_HARMONIC_TERMS);
        double sum = 0;
        for (long r = exact; r >= 1; r--) {
            sum += StrictMath.pow(r, -s);
        }
        if (n == exact) {
            return sum;
        }
        double a = exact + 1.0;
        double b = n;
        double integral = s == 1 ? StrictMath.log(b / a)
                : (StrictMath.pow(b, 1 - s) - StrictMath.pow(a, 1 - s)) / (1 - s);
        double ends = (StrictMath.pow(a, -s) + StrictMath.pow(b, -s)) / 2;
        double derivative = (-s * StrictMath.pow(b, -s - 1) + s * StrictMath.pow(a, -s - 1)) / 12;
        return sum + integral + ends + derivative;
    }

    /** Celebrities are the lowest ranks (follower counts never grow with rank); who follows them is exact. */
    private final class ArcCelebrities implements Celebrities {
        private final int count;
        private final ArcIndex index;

        ArcCelebrities(int count, ArcIndex index) {
            this.count = count;
            this.index = index;
        }

        @Override
        public int count() {
            return count;
        }

        @Override
        public boolean contains(int user) {
            return user < count;
        }

        @Override
        public int followedBy(int user) {
            if (count == 0) {
                return 0;
            }
            int covering = index.covering(positions.apply(user));
            // A celebrity's arc that reaches over its own position skips it: it does not follow itself.
            if (user < count && arcCoversSelf(user, followerCount(user))) {
                covering--;
            }
            return covering;
        }
    }
}
