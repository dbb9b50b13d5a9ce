package org.distsim.models.replication;

/**
 * One write in a leader's replication log.
 *
 * @param index            position in the log, from 1
 * @param era              the {@link Leadership#era() era} of the leader that wrote it
 * @param key              the key written
 * @param stamp            the version it created
 * @param previous         the version it replaced at the leader (for undoing it, and for conflict counting)
 * @param committedAtNanos when the leader committed it (replication lag is measured from here)
 * @param sizeBytes        what the write stored, in bytes (its request's size); 0 when unsized
 */
record LogEntry(long index, long era, long key, long stamp, long previous, long committedAtNanos, long sizeBytes) {
}
