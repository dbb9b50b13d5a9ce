package org.distsim.models.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.distsim.models.format.ComponentCatalog;
import org.distsim.models.format.ComponentType;
import org.distsim.models.format.KnobSpec;
import org.distsim.models.registry.ComponentRegistry;
import org.distsim.models.scenario.DistributionForm;
import org.distsim.models.scenario.FaultAction;
import org.distsim.models.scenario.ScenarioFormat;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code docs/scenario-reference.md} is exactly what {@link ReferenceGenerator}
 * writes today. When a knob, a component or a fault action changes, this test fails until the
 * file is regenerated on purpose, with {@code -Dbless=true} (see {@link ReferenceGenerator#REGENERATE}).
 */
class ScenarioReferenceTest {

    /** The module runs its tests in its own directory; the docs are beside it. */
    static final Path REFERENCE = Path.of("..", "docs", "scenario-reference.md");

    @Test
    void committedReference_isCurrent() throws IOException {
        String generated = ReferenceGenerator.generate();
        if (Boolean.getBoolean("bless")) {
            Files.writeString(REFERENCE, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(REFERENCE), REFERENCE + " is missing; create it with: " + ReferenceGenerator.REGENERATE);
        String committed = Files.readString(REFERENCE, StandardCharsets.UTF_8);
        assertEquals(committed, generated, "docs/scenario-reference.md is stale: the scenario format changed."
                + " Regenerate it with: " + ReferenceGenerator.REGENERATE + " and commit it");
    }

    @Test
    void reference_coversEveryComponentKnobActionAndFamily() {
        String reference = ReferenceGenerator.generate();
        for (ComponentType type : ComponentRegistry.standard().types()) {
            assertTrue(reference.contains(" type `" + type.name() + "`"), type.name());
            for (KnobSpec knob : type.knobs()) {
                assertTrue(reference.contains("| `" + knob.key() + "` |"), type.name() + "." + knob.key());
            }
        }
        for (FaultAction.Action action : FaultAction.ACTIONS) {
            assertTrue(reference.contains("#### Action `" + action.key() + "`"), action.key());
        }
        for (DistributionForm.Family family : DistributionForm.FAMILIES) {
            assertTrue(reference.contains("### `dist: " + family.name() + "`"), family.name());
        }
        assertTrue(reference.contains("### Mapping `health-check`"));
        assertTrue(reference.contains("### Mapping `breaker`"));
        assertTrue(reference.contains("## Notes"));
    }

    @Test
    void reference_ofARegistry_listsItsOwnTypes() {
        ComponentCatalog registry = ComponentCatalog.builder()
                .node("echo", ScenarioFormat.NoteEntry.class, "Answers every request at once.")
                .build();
        String reference = ReferenceGenerator.generate(registry);
        assertTrue(reference.contains("### Node type `echo`\n\nAnswers every request at once.\n"), reference);
        assertTrue(reference.contains("| `text` | string | **required** |  | The caption. |"));
    }
}
