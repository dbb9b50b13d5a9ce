package org.distsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.distsim.cli.batch.BatchRunner;
import org.distsim.cli.batch.Progress;
import org.distsim.reports.AtomicFiles;
import org.distsim.reports.OutputExistsException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a batch (replications or a sweep) and delivers its documents: one format on stdout or in
 * {@code --out FILE}, or every format into {@code --out DIR}. {@code --out} names a directory by the
 * rule of {@code distsim run} ({@link OutDirectory#isDirectory}): it ends with a separator, is an
 * existing directory, or its last name has no extension; {@code --out r.json} is one file. A new
 * directory appears complete or not at all (written as a hidden sibling, then renamed); in an
 * existing one each file is replaced atomically, and only with {@code --force}; a file is written
 * atomically, never over an existing one without {@code --force}. Everything about the output is
 * checked before the first run starts.
 *
 * <p>Ctrl-C (or SIGTERM): a shutdown hook cancels the batch, writes the documents of the runs that
 * finished, marked partial, and exits with {@link ExitCodes#INTERRUPTED}. Whichever of the hook and
 * the normal end claims the output first writes it. When the end claimed it, the hook waits until
 * the complete result is written and exits with the end's code: the output is never lost to a
 * signal ({@link #onShutdown()}).
 */
final class BatchSession {

    /** The documents of a batch; {@code html} is null when the batch has no HTML page. */
    record Documents(String text, String json, String csv, String html) {

        Map<String, String> byExtension() {
            Map<String, String> files = new LinkedHashMap<>();
            files.put("txt", text);
            files.put("json", json);
            files.put("csv", csv);
            if (html != null) {
                files.put("html", html);
            }
            return files;
        }
    }

    private final CommandSpec spec;
    private final String stem;
    private final String format;
    private final String out;
    private final Path directory;
    private final OutFile file;
    private final boolean force;
    /** Who writes the output: set once, by the first of the normal end, a failure and {@link #interrupt()}. */
    private enum Owner { NONE, END, FAILED, HOOK }

    private final AtomicReference<Owner> owner = new AtomicReference<>(Owner.NONE);
    /** Counted down once the normal end has written the output (or failed to). */
    private final CountDownLatch delivered = new CountDownLatch(1);
    private volatile int endCode = ExitCodes.OK;
    private volatile String endFailure;
    private volatile BatchRunner runner;
    private volatile Progress progress;
    private volatile Supplier<Documents> documents;

    /**
     * @param stem     the files' name without extension ({@code sweep}, {@code replications})
     * @param format   what stdout or {@code --out FILE} gets: text, json, csv or html
     * @param formats  the formats this batch has
     * @param out      {@code --out FILE} or {@code --out DIR}, or null for stdout
     */
    BatchSession(CommandSpec spec, String stem, String format, List<String> formats, String out, boolean force)
            throws UserError {
        this.spec = spec;
        this.stem = stem;
        this.format = format;
        this.out = out;
        this.force = force;
        if (!formats.contains(format)) {
            throw new UserError("--format " + format + " is not available here; use one of " + String.join(", ", formats)
                    + " (or --out DIR for all of them)");
        }
        boolean toDirectory = out != null && OutDirectory.isDirectory(out);
        this.directory = toDirectory ? checkDirectory(formats) : null;
        this.file = out != null && !toDirectory ? OutFile.check(out, force) : null;
    }

    /** Runs the batch and writes what it produced; the exit code. */
    int run(BatchRunner batch, Progress bar, Supplier<Documents> render) throws UserError {
        this.runner = batch;
        this.progress = bar;
        this.documents = render;
        Thread hook = new Thread(() -> {
            int code = onShutdown();
            if (code >= 0) {
                // A shutdown hook cannot choose the exit code; halting can (and skips nothing else of ours).
                Runtime.getRuntime().halt(code);
            }
        }, "distsim-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            batch.run(bar);
        } catch (RuntimeException | Error e) {
            // A failed run is a bug to report, not an interruption: the hook must not write a partial result.
            owner.compareAndSet(Owner.NONE, Owner.FAILED);
            removeHook(hook);
            throw e;
        } finally {
            bar.close();
        }
        if (!owner.compareAndSet(Owner.NONE, Owner.END)) {
            // Interrupted (Ctrl-C, perhaps as the last run finished): the partial result is written there.
            removeHook(hook);
            return ExitCodes.INTERRUPTED;
        }
        // The hook stays registered while the result is written: a signal now must wait for it
        // (onShutdown), not end the process with nothing written, as it did when the hook was removed first.
        try {
            deliver(render.get());
        } catch (UserError | RuntimeException e) {
            endFailure = e instanceof UserError ? "error: " + e.getMessage() : "error: " + e;
            endCode = e instanceof UserError ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL;
            throw e;
        } finally {
            delivered.countDown();
            removeHook(hook);
        }
        return ExitCodes.OK;
    }

    /**
     * The body of the shutdown hook (SIGINT, SIGTERM), callable from any thread: the exit code to
     * halt with, or -1 to let the process end as it would. Before the batch's end claims the output,
     * it writes what finished, marked partial ({@link #interrupt()}), and returns
     * {@link ExitCodes#INTERRUPTED}. After, it waits until the end has written the complete result,
     * and returns the end's exit code, so that a signal landing as the batch ends never loses the
     * result. After a failed run it returns -1: the failure is reported, not a partial result.
     */
    int onShutdown() {
        if (interrupt()) {
            return ExitCodes.INTERRUPTED;
        }
        if (owner.get() != Owner.END) {
            return -1;
        }
        boolean interrupted = false;
        while (true) {
            try {
                delivered.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (endFailure != null) {
            spec.commandLine().getErr().println(endFailure);
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return endCode;
    }

    /**
     * What Ctrl-C does before the batch ends, from the shutdown hook (or any thread): starts no new
     * run and writes the documents of the runs that finished, marked partial. Does nothing, and
     * returns false, when the output was already claimed (the batch ended, or failed, first).
     */
    boolean interrupt() {
        BatchRunner batch = runner;
        if (batch == null || !owner.compareAndSet(Owner.NONE, Owner.HOOK)) {
            return false;
        }
        batch.cancel();
        progress.close();
        PrintWriter err = spec.commandLine().getErr();
        err.println();
        err.println("interrupted: writing the " + batch.finished() + " of " + batch.total()
                + " runs that finished, marked partial");
        try {
            deliver(documents.get());
        } catch (UserError e) {
            err.println("error: " + e.getMessage());
        } catch (RuntimeException e) {
            err.println("error: could not write the partial result: " + e);
        }
        err.flush();
        spec.commandLine().getOut().flush();
        return true;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook sees who owns the output (onShutdown).
        }
    }

    private void deliver(Documents documents) throws UserError {
        String chosen = documents.byExtension().get(format.equals("text") ? "txt" : format);
        if (file != null) {
            file.write(chosen);
            spec.commandLine().getErr().println("wrote " + out);
            return;
        }
        if (directory == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(chosen);
            stdout.flush();
            return;
        }
        write(documents.byExtension());
        spec.commandLine().getErr().println("wrote " + String.join(", ",
                documents.byExtension().keySet().stream().map(ext -> stem + "." + ext).toList()) + " to " + out);
    }

    /** The directory of {@code --out}, checked: it can be created or its files may be replaced. */
    private Path checkDirectory(List<String> formats) throws UserError {
        Path path = Outcomes.path(out, "directory");
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(path)) {
            throw new UserError("cannot write into " + out + ": it is a file, not a directory");
        }
        if (Files.isDirectory(path)) {
            for (String extension : formats) {
                Path file = path.resolve(stem + "." + (extension.equals("text") ? "txt" : extension));
                if (!force && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    throw new UserError(file + " exists; use --force to overwrite");
                }
            }
            if (!Files.isWritable(path)) {
                throw new UserError("cannot write into " + out + ": the directory is not writable");
            }
            return path;
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UserError("cannot create " + out + ": directory " + parent + " does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw new UserError("cannot create " + out + ": directory " + parent + " is not writable");
        }
        return path;
    }

    private void write(Map<String, String> files) throws UserError {
        try {
            if (Files.isDirectory(directory)) {
                for (Map.Entry<String, String> file : files.entrySet()) {
                    AtomicFiles.write(directory.resolve(stem + "." + file.getKey()), file.getValue(), force);
                }
                return;
            }
            // A new directory: fill a hidden sibling, then rename it, so DIR is complete or absent.
            Path absolute = directory.toAbsolutePath();
            Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.createDirectory(temp);
            try {
                for (Map.Entry<String, String> file : files.entrySet()) {
                    AtomicFiles.write(temp.resolve(stem + "." + file.getKey()), file.getValue(), false);
                }
                try {
                    Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, absolute);
                }
            } finally {
                if (Files.isDirectory(temp)) {
                    for (String extension : files.keySet()) {
                        Files.deleteIfExists(temp.resolve(stem + "." + extension));
                    }
                    Files.deleteIfExists(temp);
                }
            }
        } catch (OutputExistsException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError("cannot write into " + out + ": " + e.getMessage());
        }
    }
}
