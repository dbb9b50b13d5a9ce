package org.distsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.distsim.core.facts.Component;
import org.distsim.core.figure.Figure;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.net.NetworkFigures;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadFigures;
import org.distsim.models.format.ComponentType;
import org.distsim.models.registry.ComponentRegistry;
import org.distsim.reports.JsonReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The figures of every bundled scenario's run, checked against their declarations: each one is
 * declared by its component type, and the run's JSON document satisfies the committed schema. That
 * every value lies within its declared range is an invariant the runner checks at the end of every
 * run ({@code Invariants.standard()}), so every lesson run checks it. The runs are the lesson tests'
 * own ({@link Lesson#run} runs each scenario once per JVM).
 */
class BundledFiguresTest {

    private static final Schema SCHEMA = schema();

    static Stream<String> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Lesson.DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList().stream();
        }
    }

    private static Schema schema() {
        try {
            Path docs = Path.of(System.getProperty("distsim.docs.dir", "../docs"));
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(Files.readString(docs.resolve("schema/result.schema.json")), InputFormat.JSON);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyFigure_isDeclaredByItsComponentType(String name) {
        RunResult result = Lesson.run(name).result();
        List<String> undeclared = new ArrayList<>();
        result.workloads().forEach((workload, w) -> {
            List<FigureSpec> declared = declared(w.type());
            for (Figure figure : w.figures()) {
                if (!declared.contains(figure.spec())) {
                    undeclared.add("workloads." + workload + "." + figure.key() + " (" + w.type() + ")");
                }
            }
        });
        result.nodes().forEach((node, n) -> {
            List<FigureSpec> declared = declared(n.type(), result.facts().topology().component(node));
            for (Figure figure : n.figures()) {
                if (!declared.contains(figure.spec())) {
                    undeclared.add("nodes." + node + "." + figure.key() + " (" + n.type() + ")");
                }
            }
        });
        for (TimeSeries.Column column : result.series().columns()) {
            String type = column.scope() == TimeSeries.Scope.WORKLOAD ? result.workloads().get(column.owner()).type()
                    : result.nodes().get(column.owner()).type();
            boolean builtIn = column.scope() == TimeSeries.Scope.WORKLOAD
                    && WorkloadFigures.COLUMNS.contains(column.spec());
            List<FigureSpec> declared = column.scope() == TimeSeries.Scope.WORKLOAD ? declared(type)
                    : declared(type, result.facts().topology().component(column.owner()));
            if (!builtIn && !declared.contains(column.spec())) {
                undeclared.add("timeseries " + column.key() + " (" + type + ")");
            }
        }
        assertEquals(List.of(), undeclared, "figures their component type does not declare");
        assertTrue(result.nodes().values().stream().mapToInt(n -> n.figures().size()).sum() > 0, "the run has figures");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theJsonDocument_satisfiesTheCommittedSchema(String name) {
        String json = JsonReport.render(Lesson.run(name).result());
        List<String> errors = SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
        assertEquals(List.of(), errors);
    }

    /**
     * Every figure a node may record: its type's, and those the run's facts add to this node (the
     * network's count of messages into other zones, a failure process's figures).
     */
    private static List<FigureSpec> declared(String typeName, Component node) {
        List<FigureSpec> all = new ArrayList<>(declared(typeName));
        if (node != null) {
            all.addAll(node.figures());
        }
        return all;
    }

    /** Every figure a component type declares: a node type's, a workload type's, or a group member type's. */
    private static List<FigureSpec> declared(String typeName) {
        if (typeName.equals(NetworkFigures.LINK_TYPE)) {
            // A direction of a link with a bandwidth: the network declares its figures.
            return NetworkFigures.LINK;
        }
        for (ComponentType type : ComponentRegistry.standard().types()) {
            if (type.name().equals(typeName)) {
                return type.figures();
            }
            if (type.isGroup() && type.group().memberType().equals(typeName)) {
                return type.group().memberFigures();
            }
        }
        throw new AssertionError("no component type " + typeName);
    }
}
