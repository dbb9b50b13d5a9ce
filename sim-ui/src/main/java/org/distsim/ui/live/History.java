package org.distsim.ui.live;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * An append-only list written by the simulation thread, whose {@link #view() views} can be handed
 * to the view thread without copying: a view is the backing array and a length, and no element
 * below that length is ever written again (growing copies to a new array).
 *
 * <p>Safe publication comes from handing the view over through a volatile reference (the
 * snapshot), after the appends it covers.
 */
final class History<T> {

    private Object[] items = new Object[64];
    private int size;

    void add(T item) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = item;
    }

    int size() {
        return size;
    }

    /** An immutable view of everything appended so far. */
    List<T> view() {
        return new View<>(items, size);
    }

    private static final class View<T> extends AbstractList<T> {
        private final Object[] items;
        private final int size;

        View(Object[] items, int size) {
            this.items = items;
            this.size = size;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return (T) items[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
