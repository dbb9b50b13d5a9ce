package org.distsim.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes report files so that a reader sees either the old file or the complete new one, never a
 * half-written one: the content goes to a temporary file in the target's own directory (same file
 * system, so the rename is atomic), which then replaces the target with
 * {@link StandardCopyOption#ATOMIC_MOVE}. An interrupted run leaves at worst a hidden
 * {@code .<name>.<pid>.<n>.tmp} file next to the target.
 */
public final class AtomicFiles {

    private static final AtomicLong TEMP_COUNTER = new AtomicLong();
    private static final int MAX_TEMP_ATTEMPTS = 100;

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} as UTF-8 to {@code target}.
     *
     * <p>Without {@code force} an existing target is refused before anything is written. The check
     * and the final rename are two steps, so a file that another process creates between them is
     * still replaced; that is acceptable for report files, which nothing else is expected to write.
     *
     * @throws OutputExistsException when {@code target} exists and {@code force} is false; its
     *                               message reads {@code <target> exists; use --force to overwrite}
     * @throws IOException           when the directory is missing or not writable, or the target is
     *                               a directory
     */
    public static void write(Path target, String content, boolean force) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8), force);
    }

    /** The same for bytes (a picture): written whole under a temporary name, then renamed. */
    public static void write(Path target, byte[] content, boolean force) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (!force && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputExistsException(target);
        }
        Path temp = createTemp(absolute);
        try {
            Files.write(temp, content, StandardOpenOption.TRUNCATE_EXISTING);
            move(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // A file system without atomic rename (rare, some network mounts): still never truncate
            // the target in place.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A new empty file next to the target. {@code Files.createFile} (unlike
     * {@code Files.createTempFile}, which makes owner-only files) gives it the permissions any new
     * file gets, so the report ends up as readable as if it had been written directly.
     */
    private static Path createTemp(Path target) throws IOException {
        Path directory = target.getParent();
        String prefix = "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".";
        for (int attempt = 0; ; attempt++) {
            Path temp = directory.resolve(prefix + TEMP_COUNTER.incrementAndGet() + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= MAX_TEMP_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
