/**
 * Charts as geometry ({@link se.skapa.core.chart.Drawing} of {@link se.skapa.core.chart.Shape}s)
 * written to SVG here and drawn into PDF by the server from the same shapes: the SKAPA spider, the
 * fidelity profile and comparison, the payer chart and targets. Titles, legends and a description
 * in words for those who cannot see the chart, in Swedish or English.
 */
package se.skapa.core.chart;
