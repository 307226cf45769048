package se.skapa.rest.stored;

import java.time.Clock;
import se.skapa.app.Accounts;
import se.skapa.app.AuditTrail;
import se.skapa.app.Enrolments;
import se.skapa.app.Erasure;
import se.skapa.app.FidelityReviews;
import se.skapa.app.Measurements;
import se.skapa.app.Organisations;
import se.skapa.app.ParticipantSurvey;
import se.skapa.app.Progression;
import se.skapa.app.port.Storage;
import se.skapa.core.fidelity.FidelityScales;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.ProgressionOptions;
import se.skapa.core.survey.Surveys;
import se.skapa.rest.ServerConfig;
import se.skapa.rest.http.RequestBodies;

/** Stored mode's routes, one class per concept, built on one storage. */
public record Stored(StoredRoutes admin, MeasurementRoutes measurements, RegisterRoutes register, SurveyRoutes surveys, ReviewRoutes reviews) {

    /** The Europe/Stockholm calendar: audit periods are a Swedish kommun's days. */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Stockholm");

    public static Stored of(Storage storage, Clock clock, InstrumentCatalog catalog, RequestBodies bodies, ServerConfig config) {
        Progression progression = new Progression(storage, clock, catalog, ProgressionOptions.DEFAULT);
        return new Stored(
                new StoredRoutes(new Organisations(storage, clock), new Accounts(storage, clock), new Erasure(storage, clock),
                        new AuditTrail(storage, clock, ZONE), bodies, clock),
                new MeasurementRoutes(new Measurements(storage, clock, catalog), progression, catalog, bodies, clock),
                new RegisterRoutes(new Enrolments(storage, clock, config.smallNumbers()), progression, catalog, bodies),
                new SurveyRoutes(new ParticipantSurvey(storage, clock, Surveys.SODRA_NORRBOTTEN_2026), bodies),
                new ReviewRoutes(new FidelityReviews(storage, clock, FidelityScales.ips25()), bodies));
    }
}
