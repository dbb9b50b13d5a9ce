package org.distsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportDirectoryTest {

    @TempDir
    Path dir;

    private static Map<String, String> files() {
        return ReportDirectory.render(RunReport.of(Results.sample(), "./distsim run a.yaml --seed 42"));
    }

    private List<String> listing(Path path) throws IOException {
        try (Stream<Path> s = Files.list(path)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void write_newDirectory_holdsTheFiveFilesAndNothingIsLeftBeside() throws IOException {
        Path out = dir.resolve("report");
        ReportDirectory.write(out, files(), false);
        assertEquals(List.of("report.html", "report.txt", "result.json", "summary.csv", "timeseries.csv"), listing(out));
        assertEquals(List.of("report"), listing(dir), "no temporary directory left");
        assertEquals(files().get("result.json"), Files.readString(out.resolve("result.json")));
    }

    @Test
    void write_existingEmptyDirectory_isFilled() throws IOException {
        Path out = Files.createDirectory(dir.resolve("empty"));
        ReportDirectory.write(out, files(), false);
        assertEquals(5, listing(out).size());
    }

    @Test
    void write_existingReportWithoutForce_isRefusedAndKept() throws IOException {
        Path out = dir.resolve("report");
        ReportDirectory.write(out, Map.of("report.txt", "old"), false);
        OutputExistsException e = assertThrows(OutputExistsException.class,
                () -> ReportDirectory.write(out, files(), false));
        assertEquals(out + " exists and is not empty; use --force to replace the report in it", e.getMessage());
        assertEquals("old", Files.readString(out.resolve("report.txt")));
    }

    @Test
    void write_existingReportWithForce_isReplacedWhole() throws IOException {
        Path out = dir.resolve("report");
        ReportDirectory.write(out, Map.of("report.txt", "old", "summary.csv", "old"), false);
        ReportDirectory.write(out, files(), true);
        assertEquals(5, listing(out).size());
        assertTrue(Files.readString(out.resolve("report.txt")).startsWith("scenario"));
        assertEquals(List.of("report"), listing(dir), "the old report is gone, nothing left beside");
    }

    @Test
    void write_withForce_neverDeletesADirectoryHoldingOtherFiles() throws IOException {
        Path out = Files.createDirectory(dir.resolve("work"));
        Files.writeString(out.resolve("thesis.tex"), "precious");
        IOException e = assertThrows(IOException.class, () -> ReportDirectory.write(out, files(), true));
        assertTrue(e.getMessage().contains("thesis.tex"), e.getMessage());
        assertEquals("precious", Files.readString(out.resolve("thesis.tex")));
        assertEquals(List.of("work"), listing(dir));
    }

    @Test
    void check_aFileInTheWay_isRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("report"), "x");
        assertThrows(IOException.class, () -> ReportDirectory.check(file, true));
    }
}
