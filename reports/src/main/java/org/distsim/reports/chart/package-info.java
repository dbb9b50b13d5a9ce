/**
 * The axes of the reports' charts, apart from drawing them: which range an axis shows, where its
 * ticks go and what they say. {@link org.distsim.reports.chart.LinearScale} ticks at 1, 2 or 5
 * times a power of ten ({@link org.distsim.reports.chart.NiceStep}), either widened to whole
 * steps around the data (a y axis from 0) or exactly over a given range (an x axis that ends at the
 * last point, not at the next round number); {@link org.distsim.reports.chart.TimeScale} ticks
 * simulated seconds where a clock is read; {@link org.distsim.reports.chart.LogScale} spans whole
 * decades; {@link org.distsim.reports.chart.CategoryScale} spaces names evenly.
 *
 * <p>Ticks are computed in exact decimal arithmetic ({@link java.math.BigDecimal}) and labelled
 * without {@code Double.toString} or {@code String.format}, so an axis is the same characters on
 * every JDK and in every locale. {@link org.distsim.reports.SvgChart} draws the scales.
 */
package org.distsim.reports.chart;
