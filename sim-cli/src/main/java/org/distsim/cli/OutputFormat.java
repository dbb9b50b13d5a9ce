package org.distsim.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.distsim.core.result.RunResult;
import org.distsim.reports.HtmlReport;
import org.distsim.reports.JsonReport;
import org.distsim.reports.RunReport;
import org.distsim.reports.TextReport;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The report formats of {@code distsim run --format}, spelled in lower case on the command line. */
enum OutputFormat {

    /** The console tables, for people. */
    TEXT,
    /** The documented JSON document (docs/result-json.md), for scripts. */
    JSON,
    /** One self-contained HTML page with plots (inline SVG), for reading and sharing. */
    HTML;

    /** The name as typed on the command line. */
    String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    String render(RunResult result, String reproduceCommand) {
        return render(RunReport.of(result, reproduceCommand), false);
    }

    /** The report in this format; {@code ansi} colours the text format for a terminal. */
    String render(RunReport report, boolean ansi) {
        return switch (this) {
            case TEXT -> TextReport.render(report, ansi);
            case JSON -> JsonReport.render(report);
            case HTML -> HtmlReport.render(report);
        };
    }

    /** Accepts {@code text}, {@code json} and {@code html}, in any case. */
    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat format : values()) {
                if (format.option().equalsIgnoreCase(value)) {
                    return format;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a format: expected one of "
                    + String.join(", ", new Names()));
        }
    }

    /** The values shown by {@code --help} and offered by shell completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(OutputFormat::option).iterator();
        }
    }
}
