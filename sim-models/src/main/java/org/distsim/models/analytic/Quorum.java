package org.distsim.models.analytic;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The availability of a quorum: an operation that needs {@code k} of {@code n} replicas to answer
 * succeeds when at least {@code k} are up. With each replica up with probability {@code a},
 * independently of the others, the number up is binomial, so the availability is
 * {@code sum_{i >= k} C(n, i) a^i (1 - a)^(n - i)} (Barlow and Proschan, Mathematical Theory of
 * Reliability, 1965, k-out-of-n systems). For a Dynamo-style store a read needs {@code R} replicas
 * and a write {@code W}; a majority quorum of 3 with members at 99 % is up 99.97 % of the time.
 * Failures that strike replicas together (a rack, a partition) break the independence, and the
 * real availability is then lower.
 */
public final class Quorum {

    private Quorum() {
    }

    /** The probability that at least {@code needed} of {@code members} independent replicas are up. */
    public static double availability(int members, int needed, double memberAvailability) {
        if (members < 1 || needed < 1 || needed > members || !(memberAvailability >= 0 && memberAvailability <= 1)) {
            throw new IllegalArgumentException("need 1 <= needed <= members and an availability in [0, 1], got "
                    + needed + " of " + members + " at " + memberAvailability);
        }
        // The distribution object only evaluates probabilities here; no random generator is needed. The
        // terms are summed from the top, not as 1 - CDF, so an availability of many nines keeps its digits.
        BinomialDistribution up = new BinomialDistribution(null, members, memberAvailability);
        double sum = 0;
        for (int i = members; i >= needed; i--) {
            sum += up.probability(i);
        }
        return Math.min(1, sum);
    }
}
