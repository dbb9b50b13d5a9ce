package org.distsim.models.cache.policy;

/** An intrusive doubly linked list of entries through {@link Entry#prev} and {@link Entry#next}, oldest first. */
final class EntryList {

    private final Entry sentinel = new Entry(0, 0);

    EntryList() {
        sentinel.prev = sentinel;
        sentinel.next = sentinel;
    }

    boolean isEmpty() {
        return sentinel.next == sentinel;
    }

    /** The entry at the head (the oldest), or null when empty. */
    Entry first() {
        return isEmpty() ? null : sentinel.next;
    }

    void addLast(Entry entry) {
        entry.prev = sentinel.prev;
        entry.next = sentinel;
        sentinel.prev.next = entry;
        sentinel.prev = entry;
    }

    void unlink(Entry entry) {
        entry.prev.next = entry.next;
        entry.next.prev = entry.prev;
        entry.prev = null;
        entry.next = null;
    }

    void moveToLast(Entry entry) {
        unlink(entry);
        addLast(entry);
    }

    void clear() {
        sentinel.prev = sentinel;
        sentinel.next = sentinel;
    }
}
