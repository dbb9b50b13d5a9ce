package org.distsim.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;

/** The test scenarios under src/test/resources/scenarios. */
public final class Scenarios {

    private Scenarios() {
    }

    public static String text(String name) {
        try (InputStream in = Scenarios.class.getResourceAsStream("/scenarios/" + name + ".yaml")) {
            if (in == null) {
                throw new IllegalArgumentException("no test scenario " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Scenario load(String name) {
        return parse(name + ".yaml", text(name), List.of());
    }

    public static Scenario parse(String source, String yaml, List<String> overrides) {
        try {
            return ScenarioLoader.load(source, yaml, overrides);
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** load-balancing with a {@code layout:} that puts db on top of the edge column and web-3 on top of its own. */
    public static Scenario withLayout() {
        return parse("load-balancing.yaml", text("load-balancing") + """
                layout:
                  db: {column: 1, row: 0}
                  web-3: {row: 0}
                """, List.of());
    }
}
