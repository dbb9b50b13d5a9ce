package org.distsim.models.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a {@link JsonNode} tree and, in the same streaming pass, records where each
 * key and value was written. Every limit of the strict parser is on (nesting depth, number length,
 * document size, duplicate keys), and aliases are refused, so no input can make it hang, run out
 * of memory or quietly keep the second of two equal keys. Every failure becomes a {@link Problem}
 * at the position the parser reports; none escapes as an exception.
 */
final class YamlReader {

    static final int MAX_CODE_POINTS = 1 << 20;
    static final int MAX_DEPTH = 40;
    static final int MAX_NUMBER_LENGTH = 40;
    static final int MAX_STRING_LENGTH = 100_000;
    static final int MAX_ALIASES = 20;

    static final String ALIASES_UNSUPPORTED = "YAML aliases and merge keys are not supported; write the value out";

    private static final YAMLFactory FACTORY = strictFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    private static final Pattern MALFORMED_NUMBER = Pattern.compile("Malformed numeric value '(.*)'", Pattern.DOTALL);

    /** Turns a parser position (1-based line and column) into a location in the author's source. */
    @FunctionalInterface
    interface Positions {
        Location at(int line, int column);
    }

    private final String text;
    private final Positions positions;
    private final Locations locations;
    private final Problems problems;
    /** The containers being read, innermost first: where a syntax error inside one is reported. */
    private final Deque<NodePath> open = new ArrayDeque<>();
    /** The value being read: where a number or a limit that fails while it is read is reported. */
    private NodePath reading = NodePath.ROOT;

    private YAMLParser parser;

    private YamlReader(String text, Positions positions, Locations locations, Problems problems) {
        this.text = text;
        this.positions = positions;
        this.locations = locations;
        this.problems = problems;
    }

    /**
     * Reads one YAML document. Returns its tree, {@link MissingNode} when the text holds no
     * document, or null when a problem made the tree unusable (the problems say why).
     */
    static JsonNode read(String text, Positions positions, Locations locations, Problems problems) {
        return new YamlReader(text, positions, locations, problems).read();
    }

    private JsonNode read() {
        if (text.length() > MAX_CODE_POINTS && text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            // Checked before parsing: the parser would take seconds to reach its own limit.
            problems.add(positions.at(1, 1), NodePath.ROOT, "the file is too large: "
                    + text.codePointCount(0, text.length()) + " characters, at most " + MAX_CODE_POINTS);
            return null;
        }
        int before = problems.count();
        try (YAMLParser yaml = FACTORY.createParser(text)) {
            parser = yaml;
            if (parser.nextToken() == null) {
                return MissingNode.getInstance();
            }
            JsonNode root = readValue(NodePath.ROOT, false);
            if (parser.nextToken() != null) {
                problems.add(here(parser.currentTokenLocation()), NodePath.ROOT,
                        "a second YAML document starts here; a scenario is one document");
            }
            return problems.count() == before ? root : null;
        } catch (IOException e) {
            report(e);
            return null;
        }
    }

    private JsonNode readValue(NodePath path, boolean insideMergeKey) throws IOException {
        JsonToken token = parser.currentToken();
        Location at = here(parser.currentTokenLocation());
        locations.putValue(path, at);
        switch (token) {
            case START_OBJECT -> {
                open.push(path);
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    NodePath child = path.key(key);
                    Location keyAt = here(parser.currentTokenLocation());
                    locations.putKey(child, keyAt);
                    boolean merge = key.equals("<<");
                    if (merge || parser.isCurrentAlias()) {
                        problems.add(keyAt, child, ALIASES_UNSUPPORTED);
                    }
                    reading = child;
                    parser.nextToken();
                    object.set(key, readValue(child, insideMergeKey || merge));
                }
                open.pop();
                return object;
            }
            case START_ARRAY -> {
                open.push(path);
                ArrayNode array = NODES.arrayNode();
                while (nextItem(path.index(array.size())) != JsonToken.END_ARRAY) {
                    array.add(readValue(path.index(array.size()), insideMergeKey));
                }
                open.pop();
                return array;
            }
            case VALUE_STRING -> {
                if (parser.isCurrentAlias() && !insideMergeKey) {
                    problems.add(at, path, ALIASES_UNSUPPORTED);
                }
                String value = parser.getText();
                if (value.length() > MAX_STRING_LENGTH) {
                    problems.add(at, path, "the value is too long: " + value.length() + " characters, at most "
                            + MAX_STRING_LENGTH);
                    return NODES.nullNode();
                }
                return NODES.textNode(value);
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> {
                problems.add(at, path, "binary and other tagged values are not supported");
                return NODES.nullNode();
            }
        }
    }

    private JsonToken nextItem(NodePath item) throws IOException {
        reading = item;
        return parser.nextToken();
    }

    private void report(IOException e) {
        NodePath path = open.isEmpty() ? NodePath.ROOT : open.peek();
        MarkedYAMLException syntax = syntaxError(e);
        if (syntax != null) {
            reportSyntax(syntax, path);
        } else if (e instanceof StreamConstraintsException limit) {
            problems.add(here(parser == null ? null : parser.currentLocation()), reading, limitMessage(limit));
        } else if (e instanceof JsonProcessingException processing) {
            String message = processing.getOriginalMessage();
            Matcher duplicate = DUPLICATE.matcher(message);
            Matcher number = MALFORMED_NUMBER.matcher(message);
            if (number.matches()) {
                problems.add(here(processing.getLocation()), reading, "\"" + number.group(1) + "\" is not a finite number",
                        "a number like 3 or 1.5", null);
            } else if (duplicate.matches()) {
                reportDuplicate(duplicate.group(1), processing.getLocation(), path);
            } else if (message.startsWith("Expected a field name")) {
                problems.add(here(processing.getLocation()), path,
                        "a mapping key must be a plain value, not a list or a mapping");
            } else {
                problems.add(here(processing.getLocation()), path, firstLine(message));
            }
        } else {
            problems.add(positions.at(1, 1), NodePath.ROOT, "cannot read the YAML: " + firstLine(String.valueOf(e.getMessage())));
        }
    }

    private void reportSyntax(MarkedYAMLException syntax, NodePath path) {
        Mark mark = syntax.getProblemMark() != null ? syntax.getProblemMark() : syntax.getContextMark();
        Location at = mark == null ? positions.at(1, 1) : positions.at(mark.getLine() + 1, mark.getColumn() + 1);
        String problem = syntax.getProblem() == null ? syntax.getMessage() : syntax.getProblem();
        StringBuilder message = new StringBuilder("YAML syntax error: ").append(clean(problem));
        Mark context = syntax.getContextMark();
        if (syntax.getContext() != null && context != null && mark != null
                && (context.getLine() != mark.getLine() || context.getColumn() != mark.getColumn())) {
            message.append(" (").append(clean(syntax.getContext())).append(" that starts at line ")
                    .append(context.getLine() + 1).append(", column ").append(context.getColumn() + 1).append(')');
        }
        problems.add(at, path, message.toString());
    }

    /**
     * The parser reports a duplicate key at the end of the key; the author wants its start, and
     * where the first one was.
     */
    private void reportDuplicate(String key, JsonLocation end, NodePath mapping) {
        NodePath path = mapping.key(key);
        Location first = locations.key(path);
        Location at = here(end);
        if (end != null && end.getLineNr() > 0 && end.getColumnNr() > 1) {
            at = positions.at(end.getLineNr(), keyStart(end.getLineNr(), end.getColumnNr(), key));
        }
        String where = first.line() > 0 ? " (first written at line " + first.line() + ")" : "";
        problems.add(at, path, "duplicate key \"" + key + "\"" + where);
    }

    /** The 1-based column where a key that ends just before {@code columnAfter} starts, quotes included. */
    private int keyStart(int line, int columnAfter, String key) {
        int lineStart = 0;
        for (int i = 1; i < line; i++) {
            lineStart = text.indexOf('\n', lineStart) + 1;
            if (lineStart == 0) {
                return columnAfter;
            }
        }
        int last = lineStart + columnAfter - 2;
        if (last < lineStart || last >= text.length()) {
            return columnAfter;
        }
        char end = text.charAt(last);
        if (end == '"' || end == '\'') {
            int open = text.lastIndexOf(end, last - 1);
            return open >= lineStart ? open - lineStart + 1 : columnAfter;
        }
        int start = last - key.length() + 1;
        return start >= lineStart && text.startsWith(key, start) ? start - lineStart + 1 : columnAfter;
    }

    private static String limitMessage(StreamConstraintsException limit) {
        String message = limit.getOriginalMessage();
        if (message.contains("nesting depth")) {
            return "the document is nested too deeply: more than " + MAX_DEPTH + " levels";
        } else if (message.contains("Number value length")) {
            return "a number has too many digits: more than " + MAX_NUMBER_LENGTH;
        } else if (message.contains("String value length")) {
            return "a value is too long: more than " + MAX_STRING_LENGTH + " characters";
        }
        return firstLine(message);
    }

    private static MarkedYAMLException syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked) {
                return marked;
            }
        }
        return null;
    }

    private Location here(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return positions.at(1, 1);
        }
        return positions.at(location.getLineNr(), Math.max(location.getColumnNr(), 1));
    }

    private static String clean(String message) {
        return firstLine(message.replace("\\t(TAB)", "tab").replace("(Do not use tab for indentation)", "(indent with spaces, not tabs)"));
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    private static YAMLFactory strictFactory() {
        LoaderOptions loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(MAX_ALIASES);
        loader.setNestingDepthLimit(MAX_DEPTH);
        loader.setCodePointLimit(MAX_CODE_POINTS);
        loader.setAllowDuplicateKeys(false);
        return YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}
