package org.distsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.distsim.core.facts.Link;
import org.distsim.core.facts.Topology;
import org.distsim.models.scenario.ScenarioFacts;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.reports.layout.Drawing;
import org.distsim.reports.layout.Geometry;
import org.distsim.reports.layout.Layout;
import org.junit.jupiter.api.Test;

/**
 * The diagram of every bundled scenario, as the HTML report and the live view draw it, shows every
 * component and every link, and no wiring that is not there: no two boxes overlap and no arrow runs
 * through a box it does not join, at the report's box size and at the live view's.
 */
class ScenarioDiagramsTest {

    private static final List<Geometry> GEOMETRIES = List.of(new Geometry(160, 44, 64, 18, 12, 24),
            new Geometry(204, 106, 60, 20, 16, 30));

    @Test
    void everyBundledScenariosDiagram_showsEveryComponentAndLink_andNoWiringThatIsNotThere() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Lesson.DIR, Lesson.DIR.resolve("validation"))) {
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() >= 18, "scenarios found in " + Lesson.DIR.toAbsolutePath());
        for (Path file : files) {
            Topology topology = ScenarioFacts.topology(ScenarioLoader.load(file.toString(), Files.readString(file),
                    List.of()));
            for (Geometry g : GEOMETRIES) {
                for (double aspect : new double[] {0.6, 0.28}) {
                    check(file, topology, g, Layout.of(topology, g, aspect));
                }
            }
        }
    }

    private static void check(Path file, Topology topology, Geometry g, Layout layout) {
        assertEquals(topology.components().stream().map(c -> c.name()).toList(),
                layout.boxes().stream().map(Layout.Box::name).toList(), file + ": every component, in order");
        Set<String> drawn = layout.arrows().stream().map(a -> a.from() + ">" + a.to()).collect(Collectors.toSet());
        for (Link link : topology.links()) {
            assertTrue(drawn.contains(link.from() + ">" + link.to()), file + ": link " + link + " drawn");
        }
        assertEquals(List.of(), Drawing.overlaps(layout, g), file.toString());
        assertEquals(List.of(), Drawing.arrowsThroughBoxes(layout, g), file.toString());
        assertEquals(List.of(), Drawing.slanted(layout, g), file.toString());
        assertEquals(List.of(), Drawing.outside(layout, g), file.toString());
    }
}
