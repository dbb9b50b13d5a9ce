package org.distsim.models.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** The graph computed on demand: its law, its consistency, its memory. */
class GeneratedSocialGraphTest {

    private static UniformRandomProvider stream(long seed) {
        return new RandomStreams(seed, 0).stream("timeline", "graph");
    }

    @Test
    void followerCounts_followThePowerLawOfRank_withinTheSamplingErrorOfStratifiedDraws() {
        int users = 1_000_000;
        double skew = 0.78;
        GeneratedSocialGraph graph = GeneratedSocialGraph.generate(users, 20, skew, 10_000, stream(5));
        int[] counts = new int[users];
        for (int u = 0; u < users; u++) {
            counts[u] = graph.followerCount(u);
        }
        Arrays.sort(counts);
        // The law: P(F >= k) = min(1, (c/k)^(1/s) / N). Each rank r draws its count inside its own
        // stratum (r, r+1], so the users with at least k followers are all ranks below x_k = (c/k)^(1/s)
        // and the rank at x_k with probability frac(x_k): the count is N P(F >= k) give or take one user.
        double boundaryHits = 0;
        double boundaryProbability = 0;
        int levels = 0;
        for (double k = 1; k < 200_000; k *= 1.05, levels++) {
            int level = (int) Math.ceil(k);
            int atLeast = users - lowerBound(counts, level);
            double expected = Math.min(users, Math.pow(graph.scale() / level, 1 / skew));
            assertEquals(expected, atLeast, 1.0, "users with at least " + level + " followers");
            boundaryHits += atLeast - Math.floor(expected);
            boundaryProbability += expected - Math.floor(expected);
        }
        // The boundary ranks are Bernoulli draws: their sum stays within 4 standard deviations (at most
        // sqrt(levels / 4)) of its mean.
        assertEquals(boundaryProbability, boundaryHits, 4 * Math.sqrt(levels / 4.0), "over " + levels + " levels");
        // Heavy tail: the most followed user has a thousand times the mean.
        assertTrue(graph.maxFollowerCount() > 1_000 * 20, "max " + graph.maxFollowerCount());
    }

    private static int lowerBound(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Test
    void edges_areTheExactSumOfFollowerCounts_andTheMeanIsMeanFollows() {
        int users = 300_000;
        GeneratedSocialGraph graph = GeneratedSocialGraph.generate(users, 20, 0.78, 10_000, stream(2));
        long sum = 0;
        for (int u = 0; u < users; u++) {
            sum += graph.followerCount(u);
        }
        assertEquals(sum, graph.edges());
        // c = N m / H(N, s) makes the mean of c (r + 1/2)^-s about m; the floor takes off up to one per user.
        double mean = (double) sum / users;
        assertTrue(mean > 20 - 1 && mean < 20 + 0.5, "mean followers " + mean);
    }

    @Test
    void followers_areDistinct_neverTheAuthor_andAgreeWithWhoFollowsEachCelebrity() {
        int users = 20_000;
        GeneratedSocialGraph graph = GeneratedSocialGraph.generate(users, 30, 0.9, 500, stream(3));
        Celebrities celebrities = graph.celebrities(500);
        assertTrue(celebrities.count() > 5, "celebrities " + celebrities.count());
        int[] followedCelebrities = new int[users];
        for (int v = 0; v < users; v++) {
            BitSet seen = new BitSet(users);
            int count = graph.followerCount(v);
            assertEquals(v < celebrities.count(), count >= 500, "celebrity status of " + v);
            assertEquals(v < celebrities.count(), celebrities.contains(v));
            int[] batch = new int[count];
            int[] filled = {0};
            graph.forEachFollower(v, 0, count, f -> batch[filled[0]++] = f);
            for (int i = 0; i < count; i++) {
                int follower = graph.follower(v, i);
                assertEquals(batch[i], follower, "follower " + i + " of " + v + " one by one and in a batch");
                assertNotEquals(v, follower, "user " + v + " follows itself");
                assertTrue(!seen.get(follower), "user " + v + " has follower " + follower + " twice");
                seen.set(follower);
                if (celebrities.contains(v)) {
                    followedCelebrities[follower]++;
                }
            }
        }
        for (int u = 0; u < users; u++) {
            assertEquals(followedCelebrities[u], celebrities.followedBy(u), "celebrities followed by " + u);
        }
    }

    @Test
    void followeeCounts_haveTheMeanOfTheFollowerCounts_withinSamplingError() {
        int users = 1_000_000;
        GeneratedSocialGraph graph = GeneratedSocialGraph.generate(users, 20, 0.78, 10_000, stream(4));
        int sample = 50_000;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < sample; i++) {
            int f = graph.followeeCount((int) ((long) i * users / sample));
            sum += f;
            squares += (double) f * f;
        }
        double mean = sum / sample;
        double sd = Math.sqrt(squares / sample - mean * mean);
        double expected = (double) graph.edges() / users;
        assertEquals(expected, mean, 4 * sd / Math.sqrt(sample), "mean followees (sd " + sd + ")");
    }

    @Test
    void sameSeed_givesTheSameGraph_andAnotherSeedAnother() {
        GeneratedSocialGraph a = GeneratedSocialGraph.generate(1_000_000, 20, 0.78, 10_000, stream(7));
        GeneratedSocialGraph b = GeneratedSocialGraph.generate(1_000_000, 20, 0.78, 10_000, stream(7));
        GeneratedSocialGraph c = GeneratedSocialGraph.generate(1_000_000, 20, 0.78, 10_000, stream(8));
        for (int u = 0; u < 1_000_000; u += 9_973) {
            assertEquals(a.followerCount(u), b.followerCount(u));
            assertEquals(a.followeeCount(u), b.followeeCount(u));
            assertEquals(a.follower(u, 0), b.follower(u, 0));
        }
        assertNotEquals(a.follower(0, 0), c.follower(0, 0));
    }

    @Test
    void memory_doesNotGrowWithTheUserCount_onlyWithTheCelebrities() {
        // The same celebrity count at a million and at a hundred million users: the threshold scales
        // with c, which grows as N^s.
        GeneratedSocialGraph small = GeneratedSocialGraph.generate(1_000_000, 200, 0.78, 20_000, stream(1));
        int smallCelebrities = small.celebrities(20_000).count();
        int threshold = (int) (20_000 * Math.pow(100, 0.78));
        GeneratedSocialGraph large = GeneratedSocialGraph.generate(100_000_000, 200, 0.78, threshold, stream(1));
        int largeCelebrities = large.celebrities(threshold).count();
        assertEquals(smallCelebrities, largeCelebrities, smallCelebrities * 0.05 + 2);
        // Two ints per celebrity, three for one whose arc wraps around the ring.
        assertTrue(small.memoryBytes() <= 12L * smallCelebrities, "small " + small.memoryBytes());
        assertTrue(large.memoryBytes() <= 12L * largeCelebrities, "large " + large.memoryBytes());
        assertTrue(large.memoryBytes() < 2 * small.memoryBytes() + 64, small.memoryBytes() + " vs " + large.memoryBytes());

        // Measured: a billion-user graph holds no per-user state.
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        GeneratedSocialGraph billion = GeneratedSocialGraph.generate(GeneratedSocialGraph.MAX_USERS, 200, 0.78,
                10_000_000, stream(1));
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        assertTrue(billion.memoryBytes() < 1_000_000, "billion-user graph " + billion.memoryBytes() + " bytes");
        System.out.printf(Locale.ROOT, "celebrities %d / %d; bytes %d / %d; a billion users: %d celebrities, %d bytes,"
                + " heap change %d bytes; edges %d%n", smallCelebrities, largeCelebrities, small.memoryBytes(),
                large.memoryBytes(), billion.celebrities(10_000_000).count(), billion.memoryBytes(), after - before,
                billion.edges());
    }

    @Test
    void aLowCelebrityThreshold_isRefused_namingTheLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeneratedSocialGraph.generate(100_000_000, 200, 0.78, 10, stream(1)));
        assertTrue(e.getMessage().contains("4000000"), e.getMessage());
    }
}
