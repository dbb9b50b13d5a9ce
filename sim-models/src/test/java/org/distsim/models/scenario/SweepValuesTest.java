package org.distsim.models.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranges and {@code --param} arguments: the values an author expects, written as they would write them. */
class SweepValuesTest {

    @Test
    void range_ofFractions_givesEvenlySpacedDecimalsWithBothEnds() {
        assertEquals(List.of("0.5", "0.55", "0.6", "0.65", "0.7", "0.75", "0.8", "0.85", "0.9", "0.95"),
                SweepValues.range("0.5", "0.95", 10));
    }

    @Test
    void range_keepsTheUnitOfItsEnds() {
        assertEquals(List.of("500/s", "650/s", "800/s", "950/s"), SweepValues.range("500/s", "950/s", 4));
        assertEquals(List.of("1ms", "1.5ms", "2ms"), SweepValues.range("1ms", "2ms", 3));
    }

    @Test
    void range_thatDoesNotDivideEvenly_isRoundedTo12Digits() {
        assertEquals(List.of("0", "0.333333333333", "0.666666666667", "1"), SweepValues.range("0", "1", 4));
    }

    @Test
    void range_withDifferentUnits_orTooFewSteps_isRefusedWithTheReason() {
        IllegalArgumentException units = assertThrows(IllegalArgumentException.class,
                () -> SweepValues.range("500/s", "1/ms", 3));
        assertTrue(units.getMessage().contains("same unit"), units.getMessage());
        IllegalArgumentException steps = assertThrows(IllegalArgumentException.class,
                () -> SweepValues.range("1", "2", 1));
        assertTrue(steps.getMessage().contains("steps must be from 2"), steps.getMessage());
        IllegalArgumentException word = assertThrows(IllegalArgumentException.class,
                () -> SweepValues.range("fast", "slow", 2));
        assertTrue(word.getMessage().contains("a number with an optional unit"), word.getMessage());
    }

    @Test
    void parse_acceptsListsAndRanges() {
        assertEquals(new SweepParameter("workloads.clients.rate", List.of("500/s", "800/s")),
                SweepValues.parse("workloads.clients.rate=500/s, 800/s"));
        assertEquals(new SweepParameter("nodes.server.workers", List.of("1", "2", "3")),
                SweepValues.parse("nodes.server.workers=1..3:3"));
        assertEquals(new SweepParameter("nodes.lb.policy", List.of("round-robin")),
                SweepValues.parse("nodes.lb.policy=round-robin"));
    }

    @Test
    void parse_refusesMissingPathsEmptyValuesAndBadSteps() {
        assertThrows(IllegalArgumentException.class, () -> SweepValues.parse("500/s,800/s"));
        assertThrows(IllegalArgumentException.class, () -> SweepValues.parse("a.b=1,,2"));
        IllegalArgumentException steps = assertThrows(IllegalArgumentException.class,
                () -> SweepValues.parse("a.b=1..2:x"));
        assertTrue(steps.getMessage().contains("must be an integer"), steps.getMessage());
    }

    @Test
    void parse_ofANameAndSeveralPaths_setsEveryPathToTheSameValues() {
        assertEquals(new SweepParameter("cache-size", List.of("nodes.c1.capacity", "nodes.c2.capacity"),
                List.of("1000", "5000")), SweepValues.parse("cache-size=nodes.c1.capacity, nodes.c2.capacity=1000,5000"));
        assertEquals(new SweepParameter("rate", List.of("workloads.a.rate", "workloads.b.rate"),
                List.of("100/s", "150/s", "200/s")), SweepValues.parse("rate=workloads.a.rate,workloads.b.rate=100/s..200/s:3"));
        assertEquals(List.of("nodes.c1.capacity=5000", "nodes.c2.capacity=5000"),
                SweepValues.parse("cache-size=nodes.c1.capacity,nodes.c2.capacity=1000,5000").overrides("5000"));
    }

    @Test
    void parse_ofSeveralPaths_refusesAnEmptyPathAndAPathGivenTwice() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> SweepValues.parse("size=a.b,,c.d=1,2"));
        assertTrue(empty.getMessage().contains("an empty path"), empty.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> SweepValues.parse("size=a.b,a.b=1,2"));
        assertTrue(twice.getMessage().contains("a.b is given twice in size"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SweepValues.parse("size=a.b,c.d=1,,2"));
    }
}
