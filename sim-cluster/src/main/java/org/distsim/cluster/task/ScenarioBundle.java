package org.distsim.cluster.task;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.distsim.models.registry.ComponentRegistry;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.models.scenario.SourceReader;

/**
 * A scenario as the files it was read from: the file named on the command line, the experiment
 * read over it (or none), and the bytes of every file the loader read, by the path it read them
 * under. A member loads it exactly as the coordinator did, from these bytes instead of its own
 * file system, so members need no shared file system and cannot see a file that changed since.
 */
public final class ScenarioBundle {

    private final String file;
    private final String experiment;
    private final Map<String, byte[]> sources;
    private final String digest;

    /**
     * @param file        the scenario file's path as the loader was given it
     * @param experiment  the experiment file's path, or null
     * @param sources     every file read, by {@link Path#toString()}, in the order read
     */
    public ScenarioBundle(String file, String experiment, Map<String, byte[]> sources) {
        this.file = Objects.requireNonNull(file, "file");
        this.experiment = experiment;
        Map<String, byte[]> copy = new LinkedHashMap<>();
        sources.forEach((name, bytes) -> copy.put(name, bytes.clone()));
        this.sources = Collections.unmodifiableMap(copy);
        this.digest = digest(file, experiment, copy);
    }

    public String file() {
        return file;
    }

    /** The experiment's path, or null. */
    public String experiment() {
        return experiment;
    }

    /** The files, by path, in the order they were read; the arrays are copies. */
    public Map<String, byte[]> sources() {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        sources.forEach((name, bytes) -> copy.put(name, bytes.clone()));
        return copy;
    }

    /** SHA-256 of the names and contents, in hex: equal bundles have equal digests. */
    public String digest() {
        return digest;
    }

    /** Loads the scenario from these bytes, with {@code overrides} applied in order. */
    public Scenario load(List<String> overrides) throws ScenarioException {
        Path experimentPath = experiment == null ? null : Path.of(experiment);
        ScenarioLoader loader = new ScenarioLoader(ComponentRegistry.standard(), reader());
        return loader.read(Path.of(file), experimentPath, overrides);
    }

    /** A reader that answers from the bundle and knows no other file. */
    public SourceReader reader() {
        return new SourceReader() {
            @Override
            public long size(Path path) throws IOException {
                return bytes(path).length;
            }

            @Override
            public byte[] read(Path path) throws IOException {
                return bytes(path).clone();
            }

            private byte[] bytes(Path path) throws NoSuchFileException {
                byte[] bytes = sources.get(path.toString());
                if (bytes == null) {
                    throw new NoSuchFileException(path.toString(), null, "not among the files the coordinator read");
                }
                return bytes;
            }
        };
    }

    /** Bundles are equal when their names and contents are: when their digests are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ScenarioBundle bundle && bundle.digest.equals(digest);
    }

    /** The digest's first 32 bits. */
    @Override
    public int hashCode() {
        return Integer.parseUnsignedInt(digest.substring(0, 8), 16);
    }

    private static String digest(String file, String experiment, Map<String, byte[]> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, file.getBytes(StandardCharsets.UTF_8));
            update(sha, experiment == null ? new byte[0] : experiment.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> source : sources.entrySet()) {
                update(sha, source.getKey().getBytes(StandardCharsets.UTF_8));
                update(sha, source.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Length first, so that no two different lists of parts hash the same bytes. */
    private static void update(MessageDigest sha, byte[] part) {
        sha.update(new byte[] {(byte) (part.length >>> 24), (byte) (part.length >>> 16), (byte) (part.length >>> 8),
            (byte) part.length});
        sha.update(part);
    }
}
