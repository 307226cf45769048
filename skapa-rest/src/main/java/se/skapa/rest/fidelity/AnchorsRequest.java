package se.skapa.rest.fidelity;

import java.math.BigDecimal;

/**
 * Raw facts for the numerically anchored IPS items; each pair or value is optional.
 *
 * @param activeClients item 1: active clients on the employment specialists' caseloads
 * @param employmentSpecialistFte item 1: full-time equivalents of employment specialists
 * @param employmentServicesTimePercent item 2: percent of the specialists' time on employment
 *     services
 */
public record AnchorsRequest(
    Integer activeClients,
    BigDecimal employmentSpecialistFte,
    BigDecimal employmentServicesTimePercent) {}
