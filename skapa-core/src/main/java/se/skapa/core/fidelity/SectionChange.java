package se.skapa.core.fidelity;

/** A section subtotal in two reviews. Only complete sections in both are compared. */
public record SectionChange(String code, int from, int to, int change) {}
