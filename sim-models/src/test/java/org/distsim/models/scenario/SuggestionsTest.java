package org.distsim.models.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean": helpful for typos, silent for unrelated words. */
class SuggestionsTest {

    private static final List<String> TOP_LEVEL = List.of("name", "description", "seed", "duration", "warmup",
            "report-interval", "network", "nodes", "workloads", "faults", "notes");

    @Test
    void oneLetter_doesNotSuggestAnUnrelatedKey() {
        assertNull(Suggestions.closest("a", TOP_LEVEL));
    }

    @Test
    void typo_suggestsTheClosestKey() {
        assertEquals("seed", Suggestions.closest("sed", TOP_LEVEL));
        assertEquals("duration", Suggestions.closest("duraton", TOP_LEVEL));
        assertEquals("report-interval", Suggestions.closest("report-intervall", TOP_LEVEL));
    }

    @Test
    void otherCaseOrSeparator_isAlwaysSuggested() {
        assertEquals("report-interval", Suggestions.closest("reportInterval", TOP_LEVEL));
        assertEquals("report-interval", Suggestions.closest("report_interval", TOP_LEVEL));
    }

    @Test
    void ties_goToTheFirstInSortedOrder() {
        assertEquals("bat", Suggestions.closest("cat", List.of("hat", "bat")));
    }

    @Test
    void oneOf_isSortedAndShortened() {
        assertEquals("one of: a, b, c", Suggestions.oneOf(List.of("c", "a", "b")));
        List<String> many = java.util.stream.IntStream.range(0, 25).mapToObj(i -> "n" + (char) ('a' + i)).toList();
        assertEquals(true, Suggestions.oneOf(many).endsWith(", ... (5 more)"));
    }
}
