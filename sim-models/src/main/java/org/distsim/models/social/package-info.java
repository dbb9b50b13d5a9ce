/**
 * A generated social graph: who follows whom, with the heavy-tailed follower counts of real
 * networks (Kwak, Lee, Park and Moon, "What is Twitter, a Social Network or a News Media?", WWW
 * 2010: follower counts follow a power law, with a few accounts followed by millions).
 *
 * <h2>Generation</h2>
 * Users are {@code 0 .. N-1}. Each user follows a number of others drawn uniformly from
 * {@code 1 .. 2m-1} (mean {@code m}, the {@code mean-follows} knob), and picks each of them by
 * Zipf's law over user rank: user {@code r} with probability proportional to {@code (r+1)^-s}
 * ({@code follower-skew}). So user 0 is the most followed, and the expected follower count of user
 * {@code r} is about {@code N m (r+1)^-s / H(N, s)} until it saturates at {@code N - 1}: with
 * {@code s = 1} the follower counts have a power-law tail of exponent 2 (the share of users with at
 * least k followers falls as 1/k), the shape Kwak et al. measured. A user who draws someone it
 * already follows, or itself, draws again (up to 64 times), so no edge is repeated and the most
 * popular users saturate at about {@code N (1 - e^{-m p_r})} followers instead of exceeding N. The
 * whole graph comes from one random stream, so the same seed gives the same graph, and one million
 * users with m = 20 are generated in about two seconds.
 *
 * <h2>Memory</h2>
 * Both directions are held in compressed sparse row form: for each direction an offsets array of
 * {@code N + 1} ints and a targets array of one int per edge, so the graph takes
 * {@code 4 × (2E + 2(N + 1))} bytes for {@code E ≈ N m} edges: 168 MB for {@code N = 10^6, m = 20}.
 * Generation needs one more array of N ints, released afterwards. {@code E} is capped at 50 million
 * (400 MB), which keeps any graph well under a 1 GB heap.
 *
 * <h2>Celebrities</h2>
 * A celebrity is a user with at least a threshold of followers ({@link
 * org.distsim.models.social.SocialGraph#celebrities(int)}); the timeline service treats their posts
 * apart under hybrid fan-out.
 */
package org.distsim.models.social;
