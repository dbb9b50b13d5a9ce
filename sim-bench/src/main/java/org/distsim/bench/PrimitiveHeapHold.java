package org.distsim.bench;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.random.Exponential;
import org.distsim.core.random.RandomStreams;

/**
 * The ceiling: the same hold model as {@link HoldModel} with no simulator at all, just a binary
 * min-heap of {@code long} times and {@code int} event ids in two arrays, and the same random
 * streams and samplers (one per "actor", drawn from the kernel's {@link RandomStreams}). It has
 * none of the kernel's work: no insertion-sequence tie-break, no slot indirection or cancel
 * handles, no actor lookup, incarnation check or virtual call, no limits. What the kernel reaches
 * below this is the price of those.
 */
final class PrimitiveHeapHold implements Benchmark {

    private final int actors;
    private final int pending;
    private final long eventsPerIteration;

    PrimitiveHeapHold(int actors, int pending, long eventsPerIteration) {
        this.actors = actors;
        this.pending = pending;
        this.eventsPerIteration = eventsPerIteration;
    }

    @Override
    public String unit() {
        return "events/s";
    }

    @Override
    public Run prepare(long seed) {
        RandomStreams streams = new RandomStreams(seed, 0);
        ContinuousSampler[] samplers = new ContinuousSampler[actors];
        for (int i = 0; i < actors; i++) {
            samplers[i] = new Exponential(HoldModel.MEAN_DELAY_NANOS).sampler(streams.stream("hold-" + i, "hold"));
        }
        Heap heap = new Heap(pending);
        for (int e = 0; e < pending; e++) {
            heap.push((long) samplers[e % actors].sample(), e);
        }
        return () -> loop(heap, samplers, eventsPerIteration);
    }

    private long loop(Heap heap, ContinuousSampler[] samplers, long events) {
        long now = 0;
        for (long n = 0; n < events; n++) {
            now = heap.topTime();
            int id = heap.pop();
            heap.push(now + (long) samplers[id % actors].sample(), id);
        }
        if (now <= 0) {
            throw new IllegalStateException("the clock did not move");
        }
        return events;
    }

    /** A binary min-heap on time, over two parallel primitive arrays. */
    private static final class Heap {
        private final long[] time;
        private final int[] id;
        private int size;

        Heap(int capacity) {
            time = new long[capacity];
            id = new int[capacity];
        }

        long topTime() {
            return time[0];
        }

        int pop() {
            int top = id[0];
            int last = --size;
            long t = time[last];
            int x = id[last];
            int pos = 0;
            int half = size >>> 1;
            while (pos < half) {
                int child = 2 * pos + 1;
                if (child + 1 < size && time[child + 1] < time[child]) {
                    child++;
                }
                if (t <= time[child]) {
                    break;
                }
                time[pos] = time[child];
                id[pos] = id[child];
                pos = child;
            }
            time[pos] = t;
            id[pos] = x;
            return top;
        }

        void push(long t, int x) {
            int pos = size++;
            while (pos > 0) {
                int parent = (pos - 1) >>> 1;
                if (time[parent] <= t) {
                    break;
                }
                time[pos] = time[parent];
                id[pos] = id[parent];
                pos = parent;
            }
            time[pos] = t;
            id[pos] = x;
        }
    }
}
