/**
 * Summaries of many runs: independent replications of one configuration and sweeps over design
 * points, rendered as text, JSON ({@code docs/batch-json.md}, schema
 * {@code docs/schema/batch.schema.json}), CSV and self-contained HTML pages (replications: {@link
 * org.distsim.reports.batch.ReplicationsHtml}; sweeps: {@link org.distsim.reports.batch.SweepHtml},
 * each mean a line in its shaded 95 % band); and the comparison of
 * two results.
 *
 * <p><b>The method of independent replications</b> (Law, Simulation Modeling and Analysis, 5th ed.,
 * 2015, §9.4.1): each replication gives one value of each figure (its mean latency, its p99, its
 * throughput...). Replications are independent and identically distributed, so the sample mean of
 * the n values has the confidence interval {@code mean +- t(0.975, n-1) sd / sqrt(n)}
 * ({@link org.distsim.reports.batch.Estimate}). The values of one run are correlated, which is why
 * the interval is built across replications and never across the requests of one run.
 *
 * <p><b>Pooled percentiles</b> merge the HdrHistograms of all replications (an exact,
 * order-independent operation) and read the percentile of every request. They are reported beside
 * the estimates, without an interval. A percentile of a finite, correlated run is a biased estimate
 * of the steady-state percentile (its expectation is not the true value, by Jensen-type effects of
 * the quantile's non-linearity); the bias falls with the run length and is largest for tail
 * percentiles in heavy traffic, so long runs matter more than many replications there.
 *
 * <p><b>Comparison</b> ({@link org.distsim.reports.batch.Comparison}) uses Welch's unequal-variance
 * t-test on the replication summaries (Commons Math {@code TTest}).
 *
 * <p>Every number is derived in index order from the runs' results, so the documents are
 * byte-identical whatever the number of threads that produced them; text numbers are fixed-point
 * from the exact binary value, JSON and CSV numbers go through Jackson's Schubfach writer.
 */
package org.distsim.reports.batch;
