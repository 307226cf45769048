package se.skapa.core.fidelity;

/**
 * One item's score in two reviews; a side is null-free: items unscored in either review are left
 * out.
 */
public record ItemChange(int number, int from, int to, int change) {}
