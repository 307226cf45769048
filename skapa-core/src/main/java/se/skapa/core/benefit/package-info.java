/**
 * Public benefits a person lives on before work or studies: {@link se.skapa.core.benefit.Benefit}
 * with its payer, taxation and försörjningsmått group, shared by the socioeconomic calculation and
 * the Finsam full-year equivalents.
 */
package se.skapa.core.benefit;
