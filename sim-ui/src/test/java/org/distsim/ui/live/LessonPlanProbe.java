package org.distsim.ui.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A listing, not a test: with {@code -Dprobe=lessons} it prints the lesson figure the live view
 * chooses for every bundled scenario, and for each design the node and figure its line reads:
 *
 * <pre>
 * mvn -B -ntp -pl sim-ui test -Dtest=LessonPlanProbe -Dprobe=lessons
 * </pre>
 */
class LessonPlanProbe {

    @Test
    void listsEveryBundledScenariosLessonFigure() throws Exception {
        if (!"lessons".equals(System.getProperty("probe"))) {
            return;
        }
        Path root = Path.of(System.getProperty("distsim.root", "..")).resolve("scenarios");
        List<Path> files;
        try (var listing = Files.list(root)) {
            files = listing.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            Scenario scenario = ScenarioLoader.load(file.toString(), Files.readString(file), List.of());
            LessonPlan plan = LessonPlan.of(scenario, null);
            if (plan == null) {
                System.out.println(scenario.name() + ": no lesson figure");
                continue;
            }
            List<String> designs = new ArrayList<>();
            List<String> names = List.copyOf(scenario.workloads().keySet());
            for (int d = 0; d < names.size(); d++) {
                LessonPlan.Source source = plan.designs().get(d);
                designs.add(names.get(d) + " <- " + (source == null ? "none" : source.owner() + " "
                        + source.spec().columnKey(source.qualifier())));
            }
            System.out.println(scenario.name() + ": " + plan.title() + " | " + String.join("; ", designs));
        }
    }
}
