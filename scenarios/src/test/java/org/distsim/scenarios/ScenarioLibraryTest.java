package org.distsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Every scenario of the library (scenarios/*.yaml, not the validation/ subdirectory) has what a
 * reader and the test suite rely on: a header comment that states its SLO, an {@code slo:} section, a one-sentence
 * description, a README section, an expected report and a lesson test.
 */
class ScenarioLibraryTest {

    private static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Lesson.DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }

    /** {@code circuit-breaker-cascade} -> {@code CircuitBreakerCascadeLessonTest}. */
    static String testClassName(String scenario) {
        StringBuilder out = new StringBuilder();
        for (String part : scenario.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return "org.distsim.scenarios." + out + "LessonTest";
    }

    @Test
    void theLibrary_isNotEmpty() throws IOException {
        assertTrue(scenarios().size() >= 14, "scenarios found in " + Lesson.DIR.toAbsolutePath());
    }

    @Test
    void everyScenario_loads_andIsNamedAfterItsFile_withAOneSentenceDescription() throws Exception {
        for (Path file : scenarios()) {
            Scenario scenario;
            try {
                scenario = ScenarioLoader.load(file, List.of());
            } catch (ScenarioException e) {
                throw new AssertionError(file + ": " + e.problems(), e);
            }
            assertEquals(baseName(file), scenario.name(), file + ": name");
            String description = scenario.description();
            assertFalse(description.isBlank(), file + ": description");
            assertTrue(description.endsWith("."), file + ": the description is a sentence ending with a full stop");
            assertFalse(scenario.slos().isEmpty(), file + ": an slo: section");
        }
    }

    @Test
    void everyScenario_hasAHeaderThatSaysWhatItModels_whatToLookAt_whatItShows_andItsSlo() throws IOException {
        for (Path file : scenarios()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("# "), file + " starts with a header comment");
            for (String label : new String[] {"# What it models:", "# What to look at:", "# What it shows:", "# SLO:",
                    "# Run:"}) {
                assertTrue(text.contains(label), file + " has a header line starting with '" + label + "'");
            }
        }
    }

    @Test
    void everyScenario_hasAnExpectedReport_aLessonTest_andAReadmeSection() throws IOException {
        String readme = Files.readString(Lesson.DIR.resolve("README.md"), StandardCharsets.UTF_8);
        for (Path file : scenarios()) {
            String name = baseName(file);
            assertTrue(Files.exists(Lesson.DIR.resolve("expected").resolve(name + ".txt")), name + ": expected report");
            try {
                Class.forName(testClassName(name));
            } catch (ClassNotFoundException e) {
                throw new AssertionError(name + ": no lesson test " + testClassName(name), e);
            }
            assertTrue(readme.contains("## " + name), name + ": a section '## " + name + "' in scenarios/README.md");
            assertTrue(readme.contains("./distsim run scenarios/" + name + ".yaml"), name + ": the README shows how to run it");
        }
    }
}
