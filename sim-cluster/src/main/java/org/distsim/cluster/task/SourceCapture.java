package org.distsim.cluster.task;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.distsim.models.scenario.SourceReader;

/**
 * Reads scenario files from the file system and keeps what it read, for a {@link ScenarioBundle}.
 * Each file is read once: later reads return the first bytes, so every design point of a sweep is
 * loaded from the same texts that are then shipped to the members, even if a file changes on disk
 * meanwhile. Thread-safe.
 */
public final class SourceCapture implements SourceReader {

    private final Map<String, byte[]> read = new LinkedHashMap<>();

    @Override
    public synchronized long size(Path file) throws IOException {
        byte[] bytes = read.get(file.toString());
        return bytes != null ? bytes.length : SourceReader.FILES.size(file);
    }

    @Override
    public synchronized byte[] read(Path file) throws IOException {
        byte[] bytes = read.get(file.toString());
        if (bytes == null) {
            bytes = SourceReader.FILES.read(file);
            read.put(file.toString(), bytes);
        }
        return bytes.clone();
    }

    /**
     * What was read so far, as the bundle of the scenario {@code file} (with {@code experiment}
     * over it, or null): call it after loading that scenario through this reader.
     */
    public synchronized ScenarioBundle bundle(Path file, Path experiment) {
        return new ScenarioBundle(file.toString(), experiment == null ? null : experiment.toString(), read);
    }
}
