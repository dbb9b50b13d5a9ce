package org.distsim.models.social;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** The generated social graph: deterministic, heavy-tailed, compact. */
class SocialGraphTest {

    private static UniformRandomProvider stream(long seed) {
        return new RandomStreams(seed, 0).stream("timeline", "graph");
    }

    private static int[] followerCounts(SocialGraph graph) {
        int[] counts = new int[graph.users()];
        for (int u = 0; u < graph.users(); u++) {
            counts[u] = graph.followerCount(u);
        }
        return counts;
    }

    private static int[] followeesOf(SocialGraph graph, int user) {
        int[] followees = new int[graph.followeeCount(user)];
        for (int i = 0; i < followees.length; i++) {
            followees[i] = graph.followee(user, i);
        }
        return followees;
    }

    @Test
    void sameSeed_givesTheSameGraph_andAnotherSeedADifferentOne() {
        SocialGraph a = SocialGraph.generate(20_000, 20, 1.0, stream(7));
        SocialGraph b = SocialGraph.generate(20_000, 20, 1.0, stream(7));
        SocialGraph c = SocialGraph.generate(20_000, 20, 1.0, stream(8));

        assertEquals(a.edges(), b.edges());
        assertArrayEquals(followerCounts(a), followerCounts(b));
        for (int u = 0; u < a.users(); u += 97) {
            assertArrayEquals(followeesOf(a, u), followeesOf(b, u), "followees of user " + u);
        }
        assertNotEquals(a.edges(), c.edges());
    }

    @Test
    void everyUserFollowsSomeone_neverItself_andNobodyTwice_andBothDirectionsAgree() {
        SocialGraph graph = SocialGraph.generate(5_000, 10, 1.0, stream(3));

        long followerTotal = 0;
        for (int u = 0; u < graph.users(); u++) {
            int[] followees = followeesOf(graph, u);
            assertTrue(followees.length >= 1 && followees.length <= 19, "user " + u + " follows " + followees.length);
            assertTrue(Arrays.binarySearch(followees, u) < 0, "user " + u + " follows itself");
            assertEquals(followees.length, Arrays.stream(followees).distinct().count(), "duplicates for " + u);
            for (int v : followees) {
                assertTrue(Arrays.binarySearch(followersOf(graph, v), u) >= 0, u + " follows " + v + " but is not its follower");
            }
            followerTotal += graph.followerCount(u);
        }
        assertEquals(graph.edges(), followerTotal);
    }

    private static int[] followersOf(SocialGraph graph, int user) {
        int[] followers = new int[graph.followerCount(user)];
        for (int i = 0; i < followers.length; i++) {
            followers[i] = graph.follower(user, i);
        }
        return followers;
    }

    @Test
    void followerCounts_areHeavyTailed_withAFewCelebrities() {
        SocialGraph graph = SocialGraph.generate(100_000, 20, 1.0, stream(11));
        double meanFollowers = (double) graph.edges() / graph.users();

        // Zipf(1) over 100 000 ranks puts H(1000)/H(100000) ≈ 7.5/12.1 = 0.62 of the draws on the
        // top 1%; redraws of saturated users push some of that down, so 0.4 is a safe floor. A
        // uniform graph would give the top 1% about 2%.
        double topShare = graph.followerShareOfTop(1_000);
        assertTrue(topShare > 0.4, "share of follows held by the top 1%: " + topShare);
        // User 0 is drawn with probability 1/H ≈ 0.083 per follow, so about 1 - e^{-20 × 0.083} ≈ 80%
        // of users follow it: about 4 000 times the mean follower count of 20.
        int max = graph.maxFollowerCount();
        assertTrue(max > 1_000 * meanFollowers, "max followers " + max + ", mean " + meanFollowers);
        assertEquals(max, graph.followerCount(0));
        // Median user has only a handful of followers.
        int[] counts = followerCounts(graph);
        Arrays.sort(counts);
        assertTrue(counts[counts.length / 2] < meanFollowers / 2, "median followers " + counts[counts.length / 2]);

        int[] celebrities = graph.celebritySet(10_000).stream().toArray();
        assertEquals(celebrities.length, graph.celebrities(10_000).count());
        assertTrue(celebrities.length >= 5 && celebrities.length <= 50, "celebrities: " + celebrities.length);
        for (int celebrity : celebrities) {
            assertTrue(graph.followerCount(celebrity) >= 10_000);
        }
        System.out.printf(Locale.ROOT, "100k users: top 1%% share %.3f, max followers %d, mean %.1f, median %d, celebrities %d%n",
                topShare, max, meanFollowers, counts[counts.length / 2], celebrities.length);
    }

    @Test
    void oneMillionUsers_withTwentyFollowsEach_fitWellUnderOneGigabyte() {
        SocialGraph graph = SocialGraph.generate(1_000_000, 20, 1.0, stream(1));

        // Uniform follow counts on 1..39 have mean 20 and sd 11.3; over a million users the total
        // is within 0.1% of 20 million.
        assertEquals(20_000_000, graph.edges(), 20_000);
        // Two ints per follow and two per user, as the package documentation's formula says.
        assertEquals(2 * graph.edges() + 2 * (graph.users() + 1L), graph.arrayInts());
        long bytes = graph.memoryBytes();
        assertTrue(bytes < 200_000_000L, "graph bytes: " + bytes);
        assertTrue(graph.maxFollowerCount() > 500_000, "max followers: " + graph.maxFollowerCount());
        System.out.printf(Locale.ROOT, "1M users: %d follows, %.1f MB, max followers %d, celebrities (>= 10k) %d%n",
                graph.edges(), bytes / 1e6, graph.maxFollowerCount(), graph.celebrities(10_000).count());
    }

    @Test
    void tooManyFollows_areRefused_namingTheLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SocialGraph.generate(10_000_000, 100, 1.0, stream(1)));
        assertTrue(e.getMessage().contains("50000000"), e.getMessage());
    }
}
