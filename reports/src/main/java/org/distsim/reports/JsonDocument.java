package org.distsim.reports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.StopReason;

/**
 * How every JSON document of distsim is written (the run's, {@link JsonReport}, and the batch
 * ones, {@link org.distsim.reports.batch.BatchJson}), so that they print numbers and lay out text
 * the same way.
 *
 * <p>A streaming generator writes key by key, so key names and order are fixed by the caller.
 * Doubles are written by Jackson's Schubfach writer ({@link StreamWriteFeature#USE_FAST_DOUBLE_WRITER}),
 * the shortest decimal that reads back as the same double, identically on every JDK: {@code 0.1 + 0.2}
 * is {@code 0.30000000000000004} and {@code 2e23} is {@code 2.0E23}, which {@code Double.toString}
 * prints as {@code 1.9999999999999998E23} on JDK 17. A {@code BigDecimal} is written plain, never
 * in exponent form. An undefined double (NaN, infinite, absent) is {@code null}: JSON has no NaN.
 * Objects are indented by two spaces, one key per line; arrays are on one line (a time-series
 * column is one line however long); lines end with {@code \n} (never the platform's), and the
 * document with a final newline.
 */
public final class JsonDocument {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** The figures of a latency summary, in the order they are written. */
    private static final String[] LATENCY_FIELDS = {"mean", "p50", "p95", "p99", "p999", "max"};

    /** What writes a document's content, from its first token to its last. */
    @FunctionalInterface
    public interface Content {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonDocument() {
    }

    /**
     * The document {@code content} writes, ending with a newline.
     *
     * @param what      what the document is, for the message of an (impossible) write failure
     * @param capacity  the expected length, to size the buffer
     */
    public static String render(String what, int capacity, Content content) {
        StringWriter text = new StringWriter(capacity);
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.setPrettyPrinter(prettyPrinter());
            content.write(g);
        } catch (IOException e) {
            // A StringWriter never fails; this would be a bug in the generator.
            throw new UncheckedIOException("could not render the " + what + " as JSON", e);
        }
        return text.append('\n').toString();
    }

    /** Objects one key per line, {@code "key": value}; arrays on one line; always {@code \n}. */
    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance);
    }

    /** {@code "field": value}, or {@code "field": null} when the value is undefined. */
    public static void number(JsonGenerator g, String field, Double value) throws IOException {
        g.writeFieldName(field);
        number(g, value);
    }

    /** A double, or null when it is undefined. */
    public static void number(JsonGenerator g, Double value) throws IOException {
        if (value == null || !Double.isFinite(value)) {
            g.writeNull();
        } else {
            g.writeNumber(value.doubleValue());
        }
    }

    /**
     * A latency summary in milliseconds, {@code count} and then {@code mean} to {@code max}: the
     * latency of a run's workload, and the pooled latency of replications. None is a count of 0.
     */
    public static void latency(JsonGenerator g, String field, LatencySummary latency) throws IOException {
        LatencySummary l = Missing.orEmpty(latency);
        g.writeObjectFieldStart(field);
        g.writeNumberField("count", l.count());
        Double[] values = {l.mean(), l.p50(), l.p95(), l.p99(), l.p999(), l.max()};
        for (int i = 0; i < LATENCY_FIELDS.length; i++) {
            number(g, LATENCY_FIELDS[i], values[i]);
        }
        g.writeEndObject();
    }

    /** How a stop reason is spelled ({@code completed}, {@code event_limit}, ...); none is completed. */
    public static String stopKind(StopReason stop) {
        return Missing.stopKind(Missing.orCompleted(stop).kind());
    }

    /**
     * The {@code catalog} object: per component type, each figure's declaration by catalog key
     * ({@link FigureCatalog}), what a script needs to format any figure of the document.
     */
    public static void catalog(JsonGenerator g, Map<String, Map<String, FigureSpec>> catalog) throws IOException {
        g.writeObjectFieldStart("catalog");
        for (Map.Entry<String, Map<String, FigureSpec>> type : catalog.entrySet()) {
            g.writeObjectFieldStart(type.getKey());
            for (Map.Entry<String, FigureSpec> figure : type.getValue().entrySet()) {
                FigureSpec spec = figure.getValue();
                g.writeObjectFieldStart(figure.getKey());
                g.writeStringField("kind", FigureCatalog.lower(spec.kind()));
                g.writeStringField("unit", FigureCatalog.lower(spec.unit()));
                g.writeStringField("role", FigureCatalog.lower(spec.role()));
                g.writeBooleanField("headline", spec.headline());
                g.writeStringField("label", spec.label());
                if (spec.isFamily()) {
                    g.writeStringField("per", FigureCatalog.lower(spec.per()));
                }
                g.writeStringField("window", FigureCatalog.lower(spec.window()));
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
