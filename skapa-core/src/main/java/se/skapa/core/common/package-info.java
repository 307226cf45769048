/**
 * What every part of the domain shares: pseudonymous keys that refuse personnummer, whole kronor
 * with one rounding rule, violations that name the field and the rule (in Swedish and English
 * through {@link se.skapa.core.common.ViolationTexts}), numbers as a Swedish or English reader
 * writes them, and the era of dates. Nothing here reads a clock, a file or the network.
 */
package se.skapa.core.common;
