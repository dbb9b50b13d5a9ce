package org.distsim.cluster.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.docs.SchemaGenerator;

/**
 * What a member must share with the coordinator for their results to be the same bytes: the
 * distsim version, the build (a digest of distsim's own class files, so two different snapshots
 * of one version differ), and the scenario format (a digest of the JSON Schema generated from the
 * component registry). A coordinator refuses members whose identity differs from its own, and a
 * member refuses tasks from such a coordinator, with a message that says which part differs.
 *
 * <p>Copy one {@code distsim.jar} to every machine: the same jar always has the same identity.
 * The build digest covers distsim's classes, not its libraries; the libraries are fixed by the
 * version's build.
 */
public record BuildIdentity(String version, String build, String format) {

    /** Shown when the classes do not come from a jar with a manifest (an IDE, the tests). */
    public static final String DEVELOPMENT = "development build";

    /** Hex digits kept of each digest: 48 bits, plenty to tell builds apart. */
    private static final int DIGEST_HEX = 12;

    public BuildIdentity {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(format, "format");
        if (version.contains("\n") || build.contains("\n") || format.contains("\n")) {
            throw new IllegalArgumentException("the parts of an identity are one line each");
        }
    }

    /** This process's identity, computed once (it reads the class files and generates the schema). */
    public static BuildIdentity current() {
        return Current.IDENTITY;
    }

    /** The identity as one string, for a member attribute or a task. */
    public String encode() {
        return version + "\n" + build + "\n" + format;
    }

    /** An identity from {@link #encode()}'s form; null when {@code text} is not one. */
    public static BuildIdentity parse(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split("\n", -1);
        return parts.length == 3 ? new BuildIdentity(parts[0], parts[1], parts[2]) : null;
    }

    /** "distsim 0.1.0 (build 1a2b3c4d5e6f, scenario format 0a1b2c3d4e5f)". */
    public String describe() {
        return "distsim " + version + " (build " + build + ", scenario format " + format + ")";
    }

    /**
     * How {@code there} differs from this identity, as a phrase ("another distsim version: 0.2.0
     * on the member, 0.1.0 here"); null when they are the same.
     *
     * @param thereLabel  where {@code there} runs, after its value ("on the member")
     * @param hereLabel   where this identity runs, after its value ("here")
     */
    public String difference(BuildIdentity there, String thereLabel, String hereLabel) {
        if (there == null) {
            return "no distsim identity (not a distsim worker or coordinator, or a much older one)";
        }
        if (!version.equals(there.version)) {
            return "another distsim version: " + there.version + " " + thereLabel + ", " + version + " " + hereLabel;
        }
        if (!format.equals(there.format)) {
            return "another scenario format: " + there.format + " " + thereLabel + ", " + format + " " + hereLabel;
        }
        if (!build.equals(there.build)) {
            return "another build of distsim " + version + ": " + there.build + " " + thereLabel + ", " + build + " "
                    + hereLabel;
        }
        return null;
    }

    /** Computed on first use only: a local run never pays for it. */
    private static final class Current {
        static final BuildIdentity IDENTITY = compute();

        private static BuildIdentity compute() {
            String version = BuildIdentity.class.getPackage().getImplementationVersion();
            return new BuildIdentity(version == null ? DEVELOPMENT : version, classDigest(),
                    hex(sha256(SchemaGenerator.generate().getBytes(StandardCharsets.UTF_8))));
        }

        /**
         * A digest of every class and resource under {@code org/distsim/} of the places distsim was
         * loaded from: of each file's name and content digest in a directory, and of each entry's
         * name, size and CRC-32 in a jar (read from the jar's directory, so nothing is inflated and
         * a fat jar is digested in milliseconds).
         */
        private static String classDigest() {
            TreeSet<Path> locations = new TreeSet<>();
            for (Class<?> anchor : List.of(RunResult.class, ScenarioRunner.class, BuildIdentity.class)) {
                CodeSource source = anchor.getProtectionDomain().getCodeSource();
                URL url = source == null ? null : source.getLocation();
                if (url == null) {
                    return "unknown";
                }
                try {
                    locations.add(Path.of(url.toURI()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return "unknown";
                }
            }
            MessageDigest sha = digest();
            try {
                for (Path location : locations) {
                    TreeMap<String, String> files = Files.isDirectory(location) ? directory(location) : jar(location);
                    for (var file : files.entrySet()) {
                        String line = file.getKey() + "\u0000" + file.getValue() + "\n";
                        sha.update(line.getBytes(StandardCharsets.UTF_8));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read distsim's own class files", e);
            }
            return hex(sha.digest());
        }

        /** Each file under org/distsim/ by its path, with the SHA-256 of its content. */
        private static TreeMap<String, String> directory(Path root) throws IOException {
            TreeMap<String, String> files = new TreeMap<>();
            Path base = root.resolve("org").resolve("distsim");
            if (!Files.isDirectory(base)) {
                return files;
            }
            List<Path> paths = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(base)) {
                walk.filter(Files::isRegularFile).forEach(paths::add);
            }
            for (Path path : paths) {
                files.put(root.relativize(path).toString().replace('\\', '/'),
                        HexFormat.of().formatHex(sha256(Files.readAllBytes(path))));
            }
            return files;
        }

        /** Each entry under org/distsim/ by its name, with its size and CRC-32 from the jar's directory. */
        private static TreeMap<String, String> jar(Path path) throws IOException {
            TreeMap<String, String> files = new TreeMap<>();
            try (JarFile jar = new JarFile(path.toFile())) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (!entry.isDirectory() && entry.getName().startsWith("org/distsim/")) {
                        files.put(entry.getName(), entry.getSize() + ":" + Long.toHexString(entry.getCrc()));
                    }
                }
            }
            return files;
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        return digest().digest(bytes);
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest).substring(0, DIGEST_HEX);
    }
}
