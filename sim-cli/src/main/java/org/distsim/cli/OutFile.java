package org.distsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.distsim.reports.AtomicFiles;
import org.distsim.reports.OutputExistsException;

/**
 * An {@code --out FILE} of a command that writes one text file: checked before any work is done,
 * written atomically, never replacing an existing file without {@code --force}.
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
        return new OutFile(name, path, force);
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
