package org.distsim.models.station;

import java.util.Arrays;

/**
 * A station's FIFO of waiting jobs, each with the time it joined: two ring buffers side by side,
 * one of jobs and one of times, so that queueing a job allocates nothing once they have grown
 * (a record per waiting job was a twentieth of an M/M/1 customer's bytes). Removal from the middle,
 * for a cancelled job, shifts the jobs behind it: cancels are rarer than arrivals.
 *
 * @param <J> the owner's record of one request
 */
final class WaitingLine<J> {

    private Object[] jobs = new Object[16];
    private long[] sinceNanos = new long[16];
    /** The index of the first job; the line occupies {@code size} slots from there, wrapping round. */
    private int head;
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void addLast(J job, long joinedAtNanos) {
        if (size == jobs.length) {
            grow();
        }
        int tail = (head + size) & (jobs.length - 1);
        jobs[tail] = job;
        sinceNanos[tail] = joinedAtNanos;
        size++;
    }

    /** When the first job joined; only valid when not empty. */
    long firstSinceNanos() {
        return sinceNanos[head];
    }

    /** Takes the first job out; only valid when not empty. */
    @SuppressWarnings("unchecked")
    J removeFirst() {
        J job = (J) jobs[head];
        jobs[head] = null;
        head = (head + 1) & (jobs.length - 1);
        size--;
        return job;
    }

    /** Takes {@code job} out wherever it waits (by {@code equals}); false when it does not wait here. */
    boolean remove(J job) {
        int mask = jobs.length - 1;
        for (int i = 0; i < size; i++) {
            if (jobs[(head + i) & mask].equals(job)) {
                for (int k = i; k < size - 1; k++) {
                    int to = (head + k) & mask;
                    int from = (head + k + 1) & mask;
                    jobs[to] = jobs[from];
                    sinceNanos[to] = sinceNanos[from];
                }
                jobs[(head + size - 1) & mask] = null;
                size--;
                return true;
            }
        }
        return false;
    }

    void clear() {
        Arrays.fill(jobs, null);
        head = 0;
        size = 0;
    }

    /** Doubles the buffers (their length stays a power of two), the first job moving to index 0. */
    private void grow() {
        int length = jobs.length;
        Object[] moreJobs = new Object[2 * length];
        long[] moreSince = new long[2 * length];
        int firstPart = length - head;
        System.arraycopy(jobs, head, moreJobs, 0, firstPart);
        System.arraycopy(jobs, 0, moreJobs, firstPart, head);
        System.arraycopy(sinceNanos, head, moreSince, 0, firstPart);
        System.arraycopy(sinceNanos, 0, moreSince, firstPart, head);
        jobs = moreJobs;
        sinceNanos = moreSince;
        head = 0;
    }
}
