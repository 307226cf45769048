/**
 * The socioeconomic calculation: what moving people from public support to work or studies is
 * worth, per payer, per year, over a horizon and attributable to the service, by {@link
 * se.skapa.core.socioeconomic.SocioeconomicCalculator}. Every assumption is a {@link
 * se.skapa.core.socioeconomic.Parameter} in a named, sourced {@link
 * se.skapa.core.socioeconomic.ParameterSet}; {@link se.skapa.core.socioeconomic.HudiksvallCase}
 * reproduces the Hudiksvall IPS analysis to the krona.
 */
package se.skapa.core.socioeconomic;
