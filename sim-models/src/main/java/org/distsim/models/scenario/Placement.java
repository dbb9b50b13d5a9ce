package org.distsim.models.scenario;

import org.distsim.models.format.Knob;

/**
 * Where the topology diagram (the live view's and the HTML report's) draws one box, from the
 * optional {@code layout:} section: a column and a row within it. Either may be left out; what is
 * left out the automatic layout decides. No figure depends on it.
 *
 * @param column the column, 0 the leftmost; null to keep the automatic one
 * @param row    the position within the column, 0 the top; null to keep the automatic one
 */
public record Placement(
        @Knob(doc = "The column the box goes in, 0 the leftmost. The automatic layout puts clients, edge,"
                + " services, caches and data in columns in that order (a tier may take several); a larger"
                + " number adds columns.", optional = true, min = "0", max = "30")
        Integer column,
        @Knob(doc = "The box's position within its column, 0 the top; boxes without one fill the other"
                + " places in the automatic order, and a row past the end leaves gaps.", optional = true,
                min = "0", max = "100")
        Integer row) {
}
