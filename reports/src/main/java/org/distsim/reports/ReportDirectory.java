package org.distsim.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes every format of a run's report into one directory, all or nothing: the files go into a
 * new hidden directory beside the target ({@code .<name>.<pid>.<n>.tmp}, same file system), which
 * is then renamed to the target in one step. A reader sees no directory, the old report or the
 * complete new one, never a mix.
 *
 * <p>An existing empty directory is replaced. An existing non-empty one is refused unless
 * {@code force}, and even then only when it holds nothing but the files of a report (the names of
 * {@link #FILES}), so {@code --out . --force} can never delete someone's work: the old report is
 * renamed aside, the new one renamed in, and the old one deleted.
 */
public final class ReportDirectory {

    /** The files of a report directory, in the order they are listed. */
    public static final List<String> FILES = List.of("report.txt", "result.json", "timeseries.csv", "summary.csv",
            "report.html");

    private static final AtomicLong COUNTER = new AtomicLong();

    private ReportDirectory() {
    }

    /** The five files of a report, by name. */
    public static Map<String, String> render(RunReport report) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("report.txt", TextReport.render(report, false));
        files.put("result.json", JsonReport.render(report));
        files.put("timeseries.csv", CsvReport.timeSeries(report.result()));
        files.put("summary.csv", CsvReport.summary(report));
        files.put("report.html", HtmlReport.render(report));
        return files;
    }

    /**
     * Checks, before a run, that {@link #write} would be allowed to write {@code target}.
     *
     * @throws OutputExistsException when it holds files and {@code force} is false
     * @throws IOException           with a message for people when it could never be written
     */
    public static void check(Path target, boolean force) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("it exists and is not a directory");
            }
            List<String> entries = entries(absolute);
            if (!entries.isEmpty()) {
                if (!force) {
                    throw new OutputExistsException(target,
                            target + " exists and is not empty; use --force to replace the report in it");
                }
                List<String> foreign = new ArrayList<>(entries);
                foreign.removeAll(FILES);
                if (!foreign.isEmpty()) {
                    throw new IOException("it holds files that are not part of a report (" + String.join(", ",
                            foreign.subList(0, Math.min(3, foreign.size()))) + (foreign.size() > 3 ? ", ..." : "")
                            + "); --force only replaces a report directory, choose another");
                }
            }
        }
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IOException("directory " + parent + " does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw new IOException("directory " + parent + " is not writable");
        }
    }

    /** Writes {@code files} (name to UTF-8 content) as the directory {@code target}; see the class comment. */
    public static void write(Path target, Map<String, String> files, boolean force) throws IOException {
        check(target, force);
        Path absolute = target.toAbsolutePath().normalize();
        Path temp = sibling(absolute, "");
        Path old = null;
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(temp.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
                if (entries(absolute).isEmpty()) {
                    Files.delete(absolute);
                } else {
                    old = sibling(absolute, ".old");
                    Files.delete(old);
                    move(absolute, old);
                }
            }
            move(temp, absolute);
            temp = null;
        } finally {
            if (temp != null) {
                deleteReport(temp);
            }
            if (old != null) {
                deleteReport(old);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** A new empty directory beside {@code target}. */
    private static Path sibling(Path target, String suffix) throws IOException {
        String prefix = "." + target.getFileName() + suffix + "." + ProcessHandle.current().pid() + ".";
        for (int attempt = 0; ; attempt++) {
            Path dir = target.resolveSibling(prefix + COUNTER.incrementAndGet() + ".tmp");
            try {
                return Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /** Deletes a directory this class made or checked: it holds only report files. */
    private static void deleteReport(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        for (String name : entries(dir)) {
            Files.deleteIfExists(dir.resolve(name));
        }
        Files.deleteIfExists(dir);
    }

    private static List<String> entries(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                names.add(p.getFileName().toString());
            }
        }
        names.sort(null);
        return names;
    }
}
