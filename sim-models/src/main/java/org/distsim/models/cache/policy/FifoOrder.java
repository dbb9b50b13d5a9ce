package org.distsim.models.cache.policy;

/** First in, first out: hits change nothing, the victim is the oldest insertion. */
final class FifoOrder implements ReplacementOrder {

    private final EntryList insertion = new EntryList();

    @Override
    public void inserted(Entry entry) {
        insertion.addLast(entry);
    }

    @Override
    public void hit(Entry entry) {
        // FIFO ignores use by definition.
    }

    @Override
    public void removed(Entry entry) {
        insertion.unlink(entry);
    }

    @Override
    public Entry victim() {
        return insertion.first();
    }

    @Override
    public void clear() {
        insertion.clear();
    }
}
