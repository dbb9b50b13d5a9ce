package org.distsim.models.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the UTF-8 text of a file that a user named, refusing what is not a regular file and
 * stopping as soon as it reads more than a limit. {@code /dev/zero} or {@code /dev/urandom} would
 * otherwise be read until the heap is full, and a FIFO would block the reader forever; the size a
 * file reports is not enough either, since a device reports 0 and a file may grow while it is read.
 */
public final class BoundedText {

    /** Why a file could not be read: one sentence for the user, without the exception's internals. */
    public static final class Unreadable extends IOException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    private BoundedText() {
    }

    /**
     * The size of a regular file.
     *
     * @throws Unreadable when the file is missing or not a regular file, or its size cannot be read
     */
    public static long size(Path file) throws Unreadable {
        // Checked before opening: opening a FIFO for reading blocks until a writer appears.
        if (!Files.exists(file)) {
            throw new Unreadable("no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new Unreadable(Files.isDirectory(file) ? "is a directory, not a file"
                    : "is not a regular file (a device, a FIFO or a socket): only regular files are read");
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new Unreadable("cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The bytes of a regular file, reading at most {@code maxBytes + 1} of them.
     *
     * @throws Unreadable when the file is not a regular file, is longer than {@code maxBytes} or cannot be read
     */
    public static byte[] bytes(Path file, long maxBytes) throws Unreadable {
        long size = size(file);
        if (size > maxBytes) {
            throw new Unreadable("the file is too large: " + size + " bytes, at most " + maxBytes);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // The size a file reports is not enough: it may grow while it is read.
            bytes = in.readNBytes(maxBytes >= Integer.MAX_VALUE - 8 ? Integer.MAX_VALUE - 8 : (int) maxBytes + 1);
        } catch (IOException e) {
            throw new Unreadable("cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > maxBytes) {
            throw new Unreadable("the file grew past the limit of " + maxBytes + " bytes while it was read");
        }
        return bytes;
    }

    /**
     * The file's UTF-8 text.
     *
     * @param maxBytes  the most bytes read; a longer file is refused after reading {@code maxBytes + 1}
     * @throws Unreadable when the file is missing, not a regular file, too large, not UTF-8 or unreadable
     */
    public static String read(Path file, long maxBytes) throws Unreadable {
        byte[] bytes = bytes(file, maxBytes);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("the file is not valid UTF-8 text");
        }
    }
}
