package org.distsim.bench;

import java.util.Locale;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.random.Exponential;
import org.distsim.core.random.RandomStreams;

/**
 * The floor for an M/M/1 run: the same queue as {@link SsjMm1} (λ = 800/s, mean service 1 ms, a
 * 30 s warm-up) written as a hand-made loop with no event list at all. It keeps the next arrival
 * and the next departure as two numbers and the waiting customers' arrival times in a ring buffer,
 * and draws from distsim's own streams and ziggurat sampler. Nothing can simulate this queue with
 * less work, so the ratio to it is what any general simulator pays for being general.
 */
final class TightMm1 implements Benchmark {

    private static final long SECOND = 1_000_000_000L;
    private static final long WARMUP_NANOS = 30 * SECOND;

    private final long endNanos;

    /** The queue run for {@code endSeconds} of simulated time. */
    TightMm1(double endSeconds) {
        this.endNanos = (long) (endSeconds * SECOND);
    }

    @Override
    public String unit() {
        return "requests/s";
    }

    @Override
    public Run prepare(long seed) {
        RandomStreams streams = new RandomStreams(seed, 0);
        ContinuousSampler arrivals = new Exponential(SECOND / SsjMm1.LAMBDA).sampler(streams.stream("clients", "arrivals"));
        ContinuousSampler service = new Exponential(SECOND / SsjMm1.MU).sampler(streams.stream("server", "service-time"));
        return new Run() {
            private double meanResponseNanos;
            private long measured;

            @Override
            public long run() {
                long[] waiting = new long[1 << 16];
                int head = 0;
                int queued = 0;
                long nextArrival = (long) arrivals.sample();
                long nextDeparture = Long.MAX_VALUE;
                long inServiceArrival = 0;
                long customers = 0;
                double responseSum = 0;
                long responses = 0;
                while (Math.min(nextArrival, nextDeparture) <= endNanos) {
                    if (nextArrival <= nextDeparture) {
                        long now = nextArrival;
                        customers++;
                        nextArrival = now + (long) arrivals.sample();
                        if (nextDeparture == Long.MAX_VALUE) {
                            inServiceArrival = now;
                            nextDeparture = now + (long) service.sample();
                        } else {
                            if (queued == waiting.length) {
                                throw new IllegalStateException("more than " + waiting.length + " waiting");
                            }
                            waiting[(head + queued++) & (waiting.length - 1)] = now;
                        }
                    } else {
                        long now = nextDeparture;
                        if (now >= WARMUP_NANOS) {
                            responseSum += now - inServiceArrival;
                            responses++;
                        }
                        if (queued == 0) {
                            nextDeparture = Long.MAX_VALUE;
                        } else {
                            inServiceArrival = waiting[head];
                            head = (head + 1) & (waiting.length - 1);
                            queued--;
                            nextDeparture = now + (long) service.sample();
                        }
                    }
                }
                meanResponseNanos = responseSum / responses;
                measured = responses;
                return customers;
            }

            @Override
            public String note() {
                return String.format(Locale.ROOT, "mean response %.3f ms over %d requests (theory 5.000 ms)",
                        meanResponseNanos / 1e6, measured);
            }
        };
    }
}
