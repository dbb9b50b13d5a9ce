package org.distsim.models.format;

/**
 * A fixed amount of bytes, such as a limit (an event log's {@code retention-bytes}): written like
 * a message size, {@code 512MB} or {@code 1GiB}, but a single number, never a distribution.
 *
 * @param bytes whole bytes, at least zero
 */
public record ByteSize(long bytes) {

    public ByteSize {
        if (bytes < 0) {
            throw new IllegalArgumentException("a size is at least 0 bytes, got " + bytes);
        }
    }

    /** The size as a scenario could write it ({@code 1000000B}). */
    @Override
    public String toString() {
        return bytes + "B";
    }
}
