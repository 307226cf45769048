/**
 * What precedes work: BIP's question ("which indicators' progression raises the probability of
 * work?") asked of one organisation's own data. {@link se.skapa.insights.PrecedesWork} fits a
 * discrete-time hazard model to anonymous {@link se.skapa.insights.Series}: facts about the
 * organisation, never about a person — no type here carries a participant's key.
 */
@NullMarked
package se.skapa.insights;

import org.jspecify.annotations.NullMarked;
