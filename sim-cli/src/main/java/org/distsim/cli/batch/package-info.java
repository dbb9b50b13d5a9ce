/**
 * Many runs of one scenario: independent replications of a configuration and sweeps over the
 * cross product of parameter values, run in parallel and collected deterministically.
 *
 * <p><b>Independence.</b> Replication r runs with {@code RunOptions.replication = r}; every random
 * stream mixes r into its seed, so replications are independent samples and their per-figure
 * means have Student-t confidence intervals (Law, Simulation Modeling and Analysis, 5th ed., 2015,
 * §9.4). <b>Common random numbers.</b> Design points of a sweep share the seed, so replication r
 * draws the same streams at every point and differences between points are paired (Law §11.2).
 *
 * <p><b>Determinism.</b> Each run is single-threaded and owns its simulation; runs share nothing.
 * {@link org.distsim.cli.batch.BatchRunner} stores each result at its (point, replication) index
 * and the summaries read them in index order, so the output is byte-identical whatever the number
 * of threads or the order in which runs finish.
 *
 * <p><b>Interruption.</b> {@link org.distsim.cli.batch.BatchRunner#cancel()} lets running runs
 * finish and starts no new one; the caller then reports the runs that finished, marked partial.
 */
package org.distsim.cli.batch;
