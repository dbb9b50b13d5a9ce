package org.distsim.models.scenario;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the loader reads scenario files from: the file system, or texts that were read elsewhere.
 * A cluster member rebuilds a coordinator's scenario from the texts the coordinator read (the
 * file, what it {@code extends}, the experiment), so that members need no shared file system and
 * run exactly what the coordinator validated.
 *
 * <p>The loader asks only for paths it derived from the names it was given ({@code extends} is
 * resolved against the naming file's directory, lexically), so a reader keyed by
 * {@link Path#toString()} answers the same questions on any machine with the same path syntax.
 * Implementations must be safe for concurrent use.
 */
public interface SourceReader {

    /**
     * The file system: regular files only, read no further than the loader's limit ({@link
     * BoundedText}), so that /dev/zero or a FIFO named by {@code extends:} is refused at once.
     */
    SourceReader FILES = new SourceReader() {
        @Override
        public long size(Path file) throws IOException {
            return BoundedText.size(file);
        }

        @Override
        public byte[] read(Path file) throws IOException {
            return BoundedText.bytes(file, ScenarioSources.MAX_FILE_BYTES);
        }
    };

    /**
     * The file's size in bytes, so that an oversized file is refused unread.
     *
     * @throws java.nio.file.NoSuchFileException when there is no such file
     */
    long size(Path file) throws IOException;

    /**
     * The file's bytes (the loader decodes them as UTF-8).
     *
     * @throws java.nio.file.NoSuchFileException when there is no such file
     */
    byte[] read(Path file) throws IOException;
}
