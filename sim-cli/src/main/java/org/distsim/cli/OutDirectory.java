package org.distsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.distsim.reports.OutputExistsException;
import org.distsim.reports.ReportDirectory;
import org.distsim.reports.RunReport;

/**
 * An {@code --out DIR} of {@code distsim run}: the report in every format, checked before the run
 * starts and written by {@link ReportDirectory} (complete or not at all, never replacing a report
 * without {@code --force}).
 */
record OutDirectory(String name, Path path, boolean force) {

    /**
     * True when {@code out} names a directory: it ends with a separator, is an existing
     * directory, or its last name has no extension ({@code out/mm1}, not {@code mm1.json}).
     */
    static boolean isDirectory(String out) {
        if (out.endsWith("/") || out.endsWith(java.io.File.separator)) {
            return true;
        }
        try {
            Path path = Path.of(out);
            if (Files.isDirectory(path)) {
                return true;
            }
            Path name = path.getFileName();
            return name != null && !name.toString().contains(".");
        } catch (InvalidPathException e) {
            return false; // reported as a bad file name by OutFile.check
        }
    }

    /** The checked output, refused now if the report could not be written there. */
    static OutDirectory check(String name, boolean force) throws UserError {
        Path path = Outcomes.path(name, "directory");
        // The nearest directory that exists is where the first file will be made: prove it can be.
        Path existing = path.toAbsolutePath();
        while (existing != null && !java.nio.file.Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        if (existing != null) {
            OutFile.probe(name, existing);
        }
        OutDirectory directory = new OutDirectory(name, path, force);
        directory.guard(() -> ReportDirectory.check(path, force));
        return directory;
    }

    void write(RunReport report) throws UserError {
        guard(() -> ReportDirectory.write(path, ReportDirectory.render(report), force));
    }

    /** Where a write or check failed, as bad output input. */
    private void guard(Io io) throws UserError {
        try {
            io.run();
        } catch (OutputExistsException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError("cannot write the report directory " + name + ": " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface Io {
        void run() throws IOException;
    }
}
