package org.distsim.models.cache.policy;

/** Least recently used: a hit moves the entry to the tail, the victim is the head. */
final class LruOrder implements ReplacementOrder {

    private final EntryList recency = new EntryList();

    @Override
    public void inserted(Entry entry) {
        recency.addLast(entry);
    }

    @Override
    public void hit(Entry entry) {
        recency.moveToLast(entry);
    }

    @Override
    public void removed(Entry entry) {
        recency.unlink(entry);
    }

    @Override
    public Entry victim() {
        return recency.first();
    }

    @Override
    public void clear() {
        recency.clear();
    }
}
