/**
 * Finsam arithmetic for a samordningsförbund: the funding split between the state, the region and
 * the member kommuner in whole kronor ({@link se.skapa.core.finsam.FinsamAllocator}), and full-year
 * equivalents of benefits against the population aged 16–64 ({@link
 * se.skapa.core.finsam.FullYearEquivalents}).
 */
package se.skapa.core.finsam;
