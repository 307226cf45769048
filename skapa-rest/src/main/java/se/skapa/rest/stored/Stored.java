package se.skapa.rest.stored;

import java.time.Clock;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.rest.UseCases;
import se.skapa.rest.http.RequestBodies;

/** Stored mode's routes, one class per concept, over the server's use cases. */
public record Stored(
    StoredRoutes admin,
    MeasurementRoutes measurements,
    RegisterRoutes register,
    SurveyRoutes surveys,
    ReviewRoutes reviews,
    PrintRoutes print) {

  public static Stored of(
      UseCases u, InstrumentCatalog catalog, RequestBodies bodies, Clock clock) {
    return new Stored(
        new StoredRoutes(u.organisations(), u.accounts(), u.erasure(), u.audit(), bodies, clock),
        new MeasurementRoutes(u.measurements(), u.progression(), catalog, bodies, clock),
        new RegisterRoutes(u.enrolments(), u.progression(), catalog, bodies),
        new SurveyRoutes(u.survey(), bodies),
        new ReviewRoutes(u.reviews(), bodies),
        new PrintRoutes(u, catalog));
  }
}
