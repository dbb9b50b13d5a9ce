package org.distsim.cli.batch;

/** Told when each run of a batch finishes; called from worker threads. */
public interface Progress extends AutoCloseable {

    /** Shows nothing: for pipes, CI and {@code --no-progress}. */
    Progress NONE = new Progress() {
        @Override
        public void step() {
        }

        @Override
        public void close() {
        }
    };

    /** One more run finished. */
    void step();

    /** The batch now runs on {@code members} cluster members with {@code slots} runs at once in all. */
    default void members(int members, int slots) {
    }

    @Override
    void close();
}
