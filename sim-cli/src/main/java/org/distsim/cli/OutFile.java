package org.distsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.distsim.reports.AtomicFiles;
import org.distsim.reports.OutputExistsException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * An {@code --out FILE} of a command that writes one text file: checked before any work is done,
 * written atomically, never replacing an existing file without {@code --force}. Without
 * {@code --format}, the file's extension chooses the format ({@code --out r.json} is JSON).
 */
record OutFile(String name, Path path, boolean force) {

    /** The checked output, refused now if the text could not be written there. */
    static OutFile check(String name, boolean force) throws UserError {
        Path path = Outcomes.path(name, "file");
        if (Files.isDirectory(path)) {
            throw new UserError("cannot write " + name + ": it is a directory");
        }
        if (!force && Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserError(name + " exists; use --force to overwrite");
        }
        Path directory = path.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            throw new UserError("cannot write " + name + ": directory " + directory + " does not exist");
        }
        if (!Files.isWritable(directory)) {
            throw new UserError("cannot write " + name + ": directory " + directory + " is not writable");
        }
        probe(name, directory);
        return new OutFile(name, path, force);
    }

    /**
     * Creates and deletes a file in {@code directory}, as the atomic write will, so that a place
     * where no file can be made ({@code /proc}, {@code /sys}, a read-only mount; root passes the
     * permission check there) is refused before the run rather than after it.
     */
    static void probe(String name, Path directory) throws UserError {
        try {
            Files.delete(Files.createTempFile(directory, ".distsim-probe-", ".tmp"));
        } catch (IOException | UnsupportedOperationException e) {
            throw new UserError("cannot write " + name + ": no file can be created in " + directory
                    + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }

    /**
     * The format an {@code --out FILE} names by its extension ({@code r.json} is json,
     * {@code r.txt} is text), when it is one of {@code formats}; else {@code fallback}. Used when
     * {@code --format} is not given, so {@code --out r.json} holds JSON rather than the default text.
     */
    static String impliedFormat(String out, List<String> formats, String fallback) {
        int dot = out.lastIndexOf('.');
        int separator = Math.max(out.lastIndexOf('/'), out.lastIndexOf(java.io.File.separatorChar));
        if (dot <= separator + 1 || dot == out.length() - 1) {
            return fallback;
        }
        String extension = out.substring(dot + 1).toLowerCase(Locale.ROOT);
        String format = extension.equals("txt") ? "text" : extension;
        return formats.contains(format) ? format : fallback;
    }

    /**
     * The format a command writes: {@code --format} when it was given or when there is no
     * {@code --out FILE}; otherwise the one the file's extension names, if any.
     *
     * @param given  the {@code --format} value, its default when not given
     */
    static String chosenFormat(CommandSpec spec, String given, String out, List<String> formats) {
        boolean explicit = spec.commandLine().getParseResult() != null
                && spec.commandLine().getParseResult().hasMatchedOption("--format");
        if (explicit || out == null || OutDirectory.isDirectory(out)) {
            return given;
        }
        return impliedFormat(out, formats, given);
    }

    void write(String text) throws UserError {
        try {
            AtomicFiles.write(path, text, force);
        } catch (OutputExistsException e) {
            throw new UserError(e.getMessage());
        } catch (NoSuchFileException e) {
            throw new UserError("cannot write " + name + ": no such directory");
        } catch (IOException e) {
            throw new UserError("cannot write " + name + ": " + e.getMessage());
        }
    }
}
