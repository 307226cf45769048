package se.skapa.rest;

import java.time.Clock;
import java.time.ZoneId;
import se.skapa.app.access.AccountLife;
import se.skapa.app.access.Accounts;
import se.skapa.app.access.Organisations;
import se.skapa.app.access.SecondFactors;
import se.skapa.app.access.Settings;
import se.skapa.app.access.SingleSignOn;
import se.skapa.app.audit.AuditTrail;
import se.skapa.app.audit.Erasure;
import se.skapa.app.consent.Consents;
import se.skapa.app.measurement.Caseloads;
import se.skapa.app.measurement.MeasurementFiles;
import se.skapa.app.measurement.Measurements;
import se.skapa.app.measurement.Progression;
import se.skapa.app.measurement.QualitySignalReports;
import se.skapa.app.measurement.WorkSeries;
import se.skapa.app.port.Storage;
import se.skapa.app.register.AfterClosings;
import se.skapa.app.register.Enrolments;
import se.skapa.app.register.OutcomeReports;
import se.skapa.app.register.RegisterReports;
import se.skapa.app.register.RegisterSocioeconomics;
import se.skapa.app.register.Spells;
import se.skapa.app.review.FidelityReviews;
import se.skapa.app.survey.ParticipantSurvey;
import se.skapa.app.survey.SurveyTargetSettings;
import se.skapa.core.fidelity.FidelityScales;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.ProgressionOptions;
import se.skapa.core.survey.Surveys;

/**
 * Stored mode's use cases, built once on one storage and shared by the REST routes, the pages and
 * housekeeping: one place that says which parameters the server runs with.
 */
public record UseCases(
    Organisations organisations,
    Accounts accounts,
    Measurements measurements,
    MeasurementFiles measurementFiles,
    Progression progression,
    Caseloads caseloads,
    Enrolments enrolments,
    Spells spells,
    AfterClosings afterClosings,
    OutcomeReports outcomeReports,
    WorkSeries workSeries,
    QualitySignalReports qualitySignals,
    RegisterReports registerReports,
    RegisterSocioeconomics registerSocioeconomics,
    ParticipantSurvey survey,
    SurveyTargetSettings surveyTargets,
    FidelityReviews reviews,
    Erasure erasure,
    AuditTrail audit,
    Consents consents,
    SingleSignOn sso,
    SecondFactors secondFactors,
    AccountLife accountLife,
    Settings settings) {

  /** The calendar of a Swedish kommun: audit periods and the pages' times are its days. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  static UseCases of(Storage storage, Clock clock, InstrumentCatalog catalog, ServerConfig config) {
    return new UseCases(
        new Organisations(storage, clock),
        new Accounts(storage, clock),
        new Measurements(storage, clock, catalog),
        new MeasurementFiles(storage, clock, catalog),
        new Progression(
            storage,
            clock,
            catalog,
            ProgressionOptions.DEFAULT,
            config.smallNumbers(),
            config.releases()),
        new Caseloads(storage, clock, ProgressionOptions.DEFAULT),
        new Enrolments(storage, clock),
        new Spells(storage, clock),
        new AfterClosings(storage, clock),
        new OutcomeReports(storage, clock, config.smallNumbers(), config.releases()),
        new WorkSeries(storage, clock),
        new QualitySignalReports(storage, clock, config.smallNumbers(), ProgressionOptions.DEFAULT),
        new RegisterReports(storage, clock, config.smallNumbers()),
        new RegisterSocioeconomics(storage, clock, config.smallNumbers()),
        new ParticipantSurvey(storage, clock, Surveys.SODRA_NORRBOTTEN_2026),
        new SurveyTargetSettings(storage, clock, Surveys.SODRA_NORRBOTTEN_2026),
        new FidelityReviews(storage, clock, FidelityScales.ips25()),
        new Erasure(storage, clock),
        new AuditTrail(storage, clock, ZONE),
        new Consents(storage, clock),
        new SingleSignOn(storage, clock),
        new SecondFactors(storage, clock),
        new AccountLife(storage, clock),
        new Settings(storage, clock, config.smallNumbers()));
  }
}
