package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The {@code ./distsim} launcher on the packaged jar: its class-data archive is written once and
 * then used. An archive that was never written (its training run failed) made every start pay for
 * another training run, and nothing noticed (docs/PERFORMANCE.md, start-up).
 */
class LauncherIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path JAR = ROOT.resolve("sim-cli/target/distsim.jar");
    private static final Path ARCHIVES = ROOT.resolve("target/cds");

    @Test
    void theClassDataArchive_isWrittenByTheFirstStartAndMappedByTheNext() throws Exception {
        assumeTrue(Files.isRegularFile(Path.of("/bin/bash")), "the launcher is a bash script");
        assumeTrue(Files.isRegularFile(JAR), "the shaded jar is built by package");
        // The jar is newer than every source, so the launcher runs it and does not build.
        Files.setLastModifiedTime(JAR, FileTime.from(Instant.now()));
        for (Path archive : archives()) {
            Files.delete(archive);
        }

        Result first = launch(Map.of(), "--version");
        assertEquals(0, first.exit(), first.output());
        List<Path> written = archives();
        assertEquals(1, written.size(), "one archive for this JDK: " + written);
        assertTrue(Files.size(written.get(0)) > 1_000_000, "an archive of the classes a run loads");
        FileTime writtenAt = Files.getLastModifiedTime(written.get(0));

        // -Xshare:on makes the JVM refuse to start unless it maps the archive. The class-loading log
        // shows where each class came from.
        Path loaded = Files.createTempFile("distsim-classes", ".log");
        Result second = launch(Map.of("JAVA_OPTS", "-Xshare:on -Xlog:class+load=info:file=" + loaded),
                "run", ROOT.resolve("scenarios/validation/mm1.yaml").toString(), "--duration", "1s",
                "--set", "warmup=0s", "--no-progress");
        assertEquals(0, second.exit(), second.output());
        assertTrue(second.output().contains("latency"), second.output());
        assertEquals(writtenAt, Files.getLastModifiedTime(written.get(0)), "the second start wrote no new archive");
        // picocli is compiled for Java 5, and a dynamic archive on JDK 17 leaves such classes out:
        // they were loaded and verified again on every start. The static archive holds them.
        List<String> log = Files.readAllLines(loaded, StandardCharsets.UTF_8);
        Files.delete(loaded);
        assertTrue(log.stream().anyMatch(l -> l.contains(" picocli.CommandLine source: shared objects file")),
                "picocli's main class comes from the archive");
        assertTrue(log.stream().anyMatch(l -> l.contains(" org.distsim.cli.Distsim source: shared objects file")),
                "distsim's main class comes from the archive");
    }

    private static List<Path> archives() throws IOException {
        if (!Files.isDirectory(ARCHIVES)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(ARCHIVES)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).sorted().toList();
        }
    }

    private record Result(int exit, String output) { }

    private static Result launch(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("/bin/bash", ROOT.resolve("distsim").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISTSIM_CDS");
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the launcher finished");
        return new Result(process.exitValue(), output);
    }
}
