package org.distsim.models.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How one problem reads. */
class ProblemTest {

    @Test
    void format_readsLikeACompilerError() {
        Problem problem = new Problem("scenarios/cap.yaml", 14, 9, "nodes.lb.type",
                "unknown component type \"lodbalancer\"", "one of: open-loop, service", "service");
        assertEquals("""
                scenarios/cap.yaml:14:9: nodes.lb.type: unknown component type "lodbalancer"
                  expected one of: open-loop, service
                  did you mean "service"?""", problem.format());
    }

    @Test
    void format_withoutLine_showsOnlyTheSource() {
        Problem problem = new Problem("--set seed=x", 0, 6, "seed", "\"x\" is not an integer", null, null);
        assertEquals("--set seed=x: seed: \"x\" is not an integer", problem.format());
    }

    @Test
    void format_withoutPath_isAboutTheWholeDocument() {
        assertEquals("s.yaml:1:1: the file is empty", new Problem("s.yaml", 1, 1, "", "the file is empty", null, null).format());
    }
}
