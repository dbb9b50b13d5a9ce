package org.distsim.models.cache.policy;

/** LFU: the entries used exactly {@code frequency} times, least recently used first; buckets form an ascending list. */
final class FrequencyBucket {

    final long frequency;
    final EntryList entries = new EntryList();
    FrequencyBucket lower;
    FrequencyBucket higher;

    FrequencyBucket(long frequency) {
        this.frequency = frequency;
    }
}
