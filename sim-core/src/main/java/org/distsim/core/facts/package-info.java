/**
 * The facts of a run that are not numbers: its topology (components with their layer and declared
 * figures, the links between them, and the links of its network with the figures each direction
 * records), its markers (faults and notes) and its objectives. The scenario loader computes them
 * once from the call graph and the zoning it already builds; they travel with the run result; the
 * reports, the live view and {@code explain} read them, and none of them rebuilds them from the
 * scenario. Plain immutable data; depends only on {@code org.distsim.core.figure}.
 */
package org.distsim.core.facts;
