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
 * (400 MB), which keeps any stored graph well under a 1 GB heap.
 *
 * <h2>A graph generated on demand ({@code graph: generated})</h2>
 * {@link org.distsim.models.social.GeneratedSocialGraph} holds no edges: it answers from four keys
 * drawn from the node's {@code graph} stream, so a hundred million or a billion users take a few
 * kilobytes (the arcs of the celebrities), and {@code users × mean-follows} has no cap.
 * <ul>
 *   <li><b>Follower counts.</b> With {@code c = N m / H(N, s)} ({@code H} the generalised harmonic
 *       number, summed exactly for the first 100,000 terms and by Euler–Maclaurin beyond), user
 *       {@code r} has {@code f(r) = min(N - 1, floor(c (r + 1 - u_r)^-s))} followers, where
 *       {@code u_r} is uniform on [0, 1) from a SplitMix64 counter stream read at index {@code r}.
 *       So the number of users with at least {@code k} followers is
 *       {@code x_k = (c / k)^(1/s)} rounded up or down at random (each rank draws inside its own
 *       stratum): the power law {@code P(F >= k) = x_k / N}, a Pareto tail of exponent
 *       {@code 1/s} (Kwak et al. measured about 1.28 on Twitter, {@code s = 0.78}), with user 0 the
 *       most followed and follower counts never growing with rank. The mean is {@code m} less the
 *       rounding down (under one per user). {@code edges} is their exact sum, found level by level
 *       by bisection.</li>
 *   <li><b>Who follows whom.</b> A keyed six-round Feistel permutation (with cycle walking) puts
 *       the users on a ring of {@code N} positions. User {@code v}'s followers are the users at the
 *       {@code f(v)} positions from a start drawn for {@code v} on, skipping {@code v}'s own: distinct,
 *       never {@code v}, each found in constant time, so a fan-out to a celebrity's ten million
 *       followers inserts into exactly those ten million users.</li>
 *   <li><b>Whom a user follows.</b> The celebrities (users with at least
 *       {@code celebrity-threshold} followers: the lowest ranks) have their arcs indexed, so how many
 *       celebrities a user follows is exact, in {@code O(log celebrities)}, and agrees with their
 *       follower lists. How many other users it follows is drawn from the Poisson law with the mean
 *       of those follows ({@code (edges - celebrity follows) / N}), from a stream keyed by the user:
 *       the law of the number of random arcs covering a position, but not computed from the arcs.
 *       That count only prices a read under fan-out on read and a timeline rebuild; everything a
 *       post's fan-out or a hybrid read touches is exact. At most four million celebrities are
 *       indexed; a lower threshold is refused.</li>
 * </ul>
 *
 * <h2>Celebrities</h2>
 * A celebrity is a user with at least a threshold of followers ({@link
 * org.distsim.models.social.SocialGraph#celebrities(int)}); the timeline service treats their posts
 * apart under hybrid fan-out.
 */
package org.distsim.models.social;
