package org.distsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void write_newFile_writesTheContentAsUtf8AndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("result.json");
        AtomicFiles.write(target, "{\"café\": 1}\n", false);
        assertEquals("{\"café\": 1}\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of(target), list());
    }

    @Test
    void write_existingFileWithoutForce_isRefusedAndTheFileIsUntouched() throws IOException {
        Path target = dir.resolve("result.json");
        Files.writeString(target, "old");
        OutputExistsException e = assertThrows(OutputExistsException.class,
                () -> AtomicFiles.write(target, "new", false));
        assertEquals(target + " exists; use --force to overwrite", e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), list());
    }

    @Test
    void write_refusal_isAFileAlreadyExistsException() {
        assertEquals(FileAlreadyExistsException.class, OutputExistsException.class.getSuperclass());
    }

    @Test
    void write_existingFileWithForce_replacesIt() throws IOException {
        Path target = dir.resolve("result.json");
        Files.writeString(target, "a much longer old content than the new one");
        AtomicFiles.write(target, "new", true);
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), list());
    }

    @Test
    void write_intoAMissingDirectory_failsAndLeavesNothingBehind() {
        Path target = dir.resolve("no-such-dir").resolve("result.json");
        assertThrows(NoSuchFileException.class, () -> AtomicFiles.write(target, "x", false));
    }

    @Test
    void write_overADirectoryWithForce_failsAndRemovesItsTemporaryFile() throws IOException {
        Path target = Files.createDirectory(dir.resolve("out"));
        Files.writeString(target.resolve("keep"), "x");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, "x", true));
        assertEquals(List.of(target), list());
    }

    @Test
    void write_relativePath_resolvesAgainstTheWorkingDirectory() throws IOException {
        Path relative = Path.of("target", "atomic-files-test.txt");
        Files.createDirectories(relative.toAbsolutePath().getParent());
        AtomicFiles.write(relative, "x", true);
        assertEquals("x", Files.readString(relative));
        Files.delete(relative);
    }

    @Test
    void write_givesTheFileTheSamePermissionsAsAnyNewFile() throws IOException {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path atomic = dir.resolve("atomic.txt");
        AtomicFiles.write(atomic, "x", false);
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(atomic));
    }

    private List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
