package org.distsim.core.check;

import java.util.Objects;

/**
 * One broken invariant of one run.
 *
 * @param invariant  the invariant's name ({@code message conservation})
 * @param detail     where and how, with the numbers ({@code network: sent 10 != delivered 9 + ...})
 */
public record Violation(String invariant, String detail) {

    public Violation {
        Objects.requireNonNull(invariant, "invariant");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return invariant + ": " + detail;
    }
}
