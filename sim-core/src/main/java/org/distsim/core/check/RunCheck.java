package org.distsim.core.check;

import java.util.List;
import org.distsim.core.result.RunResult;

/**
 * One invariant that every run result must satisfy, whatever the scenario: an identity between
 * counts, or a figure inside its possible range. A broken one is a bug in distsim, never a property
 * of the modelled system. Checks are cheap (a pass over the summary figures) and always on.
 *
 * <p>Implementations are small final classes, one per invariant, listed in {@link
 * Invariants#standard()}.
 */
public interface RunCheck {

    /** The invariant's name, as the message of a broken run shows it ({@code message conservation}). */
    String invariant();

    /**
     * What breaks the invariant in {@code result}, one sentence each naming where and with the
     * numbers involved; empty when it holds.
     */
    List<String> violations(RunResult result);
}
