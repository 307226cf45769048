package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.Organisations;
import se.skapa.app.access.Service;
import se.skapa.app.access.Session;
import se.skapa.app.measurement.Change;
import se.skapa.app.measurement.MeasurementId;
import se.skapa.app.measurement.Measurements;
import se.skapa.app.measurement.Progression;
import se.skapa.app.measurement.StoredMeasurement;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.Respondent;

/** The handledare's forms: recording a conversation's ratings, correcting one, its history. */
final class MeasurementPages {

  private final Pages pages;
  private final Organisations organisations;
  private final Measurements measurements;
  private final Progression progression;
  private final InstrumentCatalog catalog;
  private final Clock clock;
  private final ZoneId zone;

  MeasurementPages(
      Pages pages,
      Organisations organisations,
      Measurements measurements,
      Progression progression,
      InstrumentCatalog catalog,
      Clock clock,
      ZoneId zone) {
    this.pages = pages;
    this.organisations = organisations;
    this.measurements = measurements;
    this.progression = progression;
    this.catalog = catalog;
    this.clock = clock;
    this.zone = zone;
  }

  public void newMeasurement(Context ctx) {
    Session s = session(ctx);
    Pseudonym participant = pathKey(ctx, "participant");
    Instrument instrument = instrument(ctx, s, participant);
    List<Service> services =
        organisations.services(s.account().actor(), s.account().organisation()).stream()
            .filter(x -> s.account().actor().serves(x.id()))
            .toList();
    Views.FormView form =
        form(
            ctx,
            Msg.RECORD_NEW,
            participant,
            action(participant, instrument),
            "",
            LocalDate.now(clock).toString(),
            services,
            ownService(s, participant, instrument.id()),
            instrument,
            Map.of(),
            Map.of(),
            "",
            List.of(),
            true,
            true);
    pages.render(ctx, 200, "form.jte", Map.of("p", pages.page(ctx, Msg.RECORD), "f", form));
  }

  /**
   * The instrument a new conversation is recorded on: the one the page names ({@code
   * ?instrument=}), else the one the participant was last measured on, else the built-in one. Every
   * instrument the server knows works on the pages.
   */
  private Instrument instrument(Context ctx, Session s, Pseudonym participant) {
    return Optional.ofNullable(ctx.queryParam("instrument"))
        .flatMap(catalog::find)
        .or(
            () ->
                progression
                    .instrumentsOf(s.account().actor(), s.account().organisation(), participant)
                    .stream()
                    .findFirst()
                    .flatMap(catalog::find))
        .orElseGet(() -> catalog.find(INSTRUMENT).orElseThrow());
  }

  private static String action(Pseudonym participant, Instrument instrument) {
    return "/app/participants/"
        + ParticipantPages.pathSegment(participant.value())
        + "/new?instrument="
        + ParticipantPages.pathSegment(instrument.id());
  }

  /**
   * The service the participant was last measured in, so that a new measurement is not filed under
   * the first service of the list by mistake; empty for a participant measured nowhere yet.
   */
  private String ownService(Session s, Pseudonym participant, String instrumentId) {
    try {
      List<se.skapa.app.measurement.StoredMeasurement> series =
          progression
              .participant(
                  s.account().actor(),
                  s.account().organisation(),
                  participant,
                  instrumentId,
                  Optional.empty())
              .measurements();
      return series.isEmpty() ? "" : series.get(series.size() - 1).service().value();
    } catch (se.skapa.app.StoredModeException notMeasuredYet) {
      return "";
    }
  }

  public void recordMeasurement(Context ctx) {
    Session s = session(ctx);
    Actor me = s.account().actor();
    Pseudonym participant = pathKey(ctx, "participant");
    Instrument instrument = instrument(ctx, s, participant);
    Map<String, String> self =
        MeasurementForms.answers(ctx, "p.", instrument, Respondent.PARTICIPANT);
    Map<String, String> staff =
        MeasurementForms.answers(ctx, "h.", instrument, Respondent.HANDLEDARE);
    String date = Optional.ofNullable(ctx.formParam("date")).orElse("");
    String service = Optional.ofNullable(ctx.formParam("service")).orElse("");
    String comment = Optional.ofNullable(ctx.formParam("comment")).orElse("").strip();
    List<String> errors = new ArrayList<>();
    try {
      LocalDate day = parseDate(date);
      List<Measurement> ms =
          MeasurementForms.conversation(participant, day, instrument, self, staff, me, comment);
      measurements.recordAll(me, me.organisation(), ServiceId.of(service), ms);
      ctx.redirect("/app/participants/" + participant.value(), HttpStatus.SEE_OTHER);
      return;
    } catch (ValidationException e) {
      e.violations().forEach(v -> errors.add(describe(v, instrument, lang(ctx))));
    } catch (StoredModeException e) {
      errors.add(Pages.refusalText(e, lang(ctx)));
    }
    List<Service> services = organisations.services(me, me.organisation());
    Views.FormView form =
        form(
            ctx,
            Msg.RECORD_NEW,
            participant,
            action(participant, instrument),
            "",
            date,
            services,
            service,
            instrument,
            self,
            staff,
            comment,
            errors,
            true,
            true);
    pages.render(ctx, 422, "form.jte", Map.of("p", pages.page(ctx, Msg.RECORD), "f", form));
  }

  public void editMeasurement(Context ctx) {
    Session s = session(ctx);
    Actor me = s.account().actor();
    StoredMeasurement m =
        measurements.get(me, me.organisation(), MeasurementId.parse(ctx.pathParam("id")));
    renderEdit(
        ctx,
        me,
        m,
        Map.of(),
        m.measurement().date().toString(),
        m.service().value(),
        m.measurement().comment().orElse(""),
        String.valueOf(m.version()),
        List.of(),
        200);
  }

  public void correctMeasurement(Context ctx) {
    Session s = session(ctx);
    Actor me = s.account().actor();
    MeasurementId id = MeasurementId.parse(ctx.pathParam("id"));
    StoredMeasurement current = measurements.get(me, me.organisation(), id);
    Instrument instrument =
        catalog
            .find(current.measurement().instrumentId(), current.measurement().instrumentVersion())
            .orElseThrow();
    Respondent r = current.measurement().respondent();
    Map<String, String> values =
        MeasurementForms.answers(ctx, r == Respondent.PARTICIPANT ? "p." : "h.", instrument, r);
    String date = Optional.ofNullable(ctx.formParam("date")).orElse("");
    String service = Optional.ofNullable(ctx.formParam("service")).orElse("");
    String comment = Optional.ofNullable(ctx.formParam("comment")).orElse("").strip();
    String version = Optional.ofNullable(ctx.formParam("version")).orElse("");
    List<String> errors = new ArrayList<>();
    try {
      int expected = version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1;
      Measurement m =
          MeasurementForms.measurement(
              current.measurement().participant(),
              parseDate(date),
              instrument,
              r,
              values,
              me.holder(),
              comment);
      measurements.correct(me, me.organisation(), id, expected, ServiceId.of(service), m);
      ctx.redirect(
          "/app/participants/" + current.measurement().participant().value(), HttpStatus.SEE_OTHER);
      return;
    } catch (ValidationException e) {
      e.violations().forEach(v -> errors.add(describe(v, instrument, lang(ctx))));
    } catch (StoredModeException e) {
      if (e.kind() != StoredModeException.Kind.STALE) {
        throw e;
      }
      errors.add(Msg.STALE.in(lang(ctx)));
    }
    renderEdit(
        ctx,
        me,
        current,
        values,
        date,
        service,
        comment,
        version,
        errors,
        errors.contains(Msg.STALE.in(lang(ctx))) ? 409 : 422);
  }

  private void renderEdit(
      Context ctx,
      Actor me,
      StoredMeasurement m,
      Map<String, String> values,
      String date,
      String service,
      String comment,
      String version,
      List<String> errors,
      int status) {
    Instrument instrument =
        catalog
            .find(m.measurement().instrumentId(), m.measurement().instrumentVersion())
            .orElseThrow();
    Respondent r = m.measurement().respondent();
    Map<String, String> shown =
        values.isEmpty() ? MeasurementForms.current(m.measurement()) : values;
    List<Service> services = organisations.services(me, me.organisation());
    Views.FormView form =
        form(
            ctx,
            Msg.CORRECTION_OF,
            m.measurement().participant(),
            "/app/measurements/" + m.id() + "/edit",
            version,
            date,
            services,
            service,
            instrument,
            r == Respondent.PARTICIPANT ? shown : Map.of(),
            r == Respondent.HANDLEDARE ? shown : Map.of(),
            comment,
            errors,
            r == Respondent.PARTICIPANT,
            r == Respondent.HANDLEDARE);
    pages.render(ctx, status, "form.jte", Map.of("p", pages.page(ctx, Msg.CORRECT), "f", form));
  }

  public void history(Context ctx) {
    Session s = session(ctx);
    Actor me = s.account().actor();
    Language lang = lang(ctx);
    List<StoredMeasurement> versions =
        measurements.history(me, me.organisation(), MeasurementId.parse(ctx.pathParam("id")));
    Instrument instrument =
        catalog
            .find(
                versions.get(0).measurement().instrumentId(),
                versions.get(0).measurement().instrumentVersion())
            .orElseThrow();
    List<Views.VersionView> out = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      StoredMeasurement v = versions.get(i);
      List<Views.ChangeRow> changes =
          i == 0
              ? List.of()
              : Change.between(versions.get(i - 1), v).stream()
                  .map(
                      c ->
                          new Views.ChangeRow(
                              field(c.field(), instrument, lang),
                              c.from().orElse("–"),
                              c.to().orElse("–")))
                  .toList();
      out.add(
          new Views.VersionView(
              v.version(),
              v.provenance().recordedBy().value(),
              WHEN.format(v.provenance().recordedAt().atZone(zone)),
              v.measurement().date().toString(),
              v.service().value(),
              changes));
    }
    Views.HistoryView view =
        new Views.HistoryView(
            versions.get(0).measurement().participant().value(),
            versions.get(0).id().toString(),
            out);
    pages.render(ctx, 200, "history.jte", Map.of("p", pages.page(ctx, Msg.HISTORY), "h", view));
  }

  private Views.FormView form(
      Context ctx,
      Msg heading,
      Pseudonym participant,
      String action,
      String version,
      String date,
      List<Service> services,
      String service,
      Instrument instrument,
      Map<String, String> self,
      Map<String, String> staff,
      String comment,
      List<String> errors,
      boolean withSelf,
      boolean withStaff) {
    Language lang = lang(ctx);
    String chosen =
        service.isEmpty() && !services.isEmpty() ? services.get(0).id().value() : service;
    List<Views.Choice> choices =
        services.stream()
            .map(x -> new Views.Choice(x.id().value(), x.name(), x.id().value().equals(chosen)))
            .toList();
    return new Views.FormView(
        heading.in(lang),
        participant.value(),
        action,
        version,
        date,
        choices,
        withSelf
            ? MeasurementForms.ratings(instrument, Respondent.PARTICIPANT, "p.", self, lang)
            : List.of(),
        withStaff
            ? MeasurementForms.ratings(instrument, Respondent.HANDLEDARE, "h.", staff, lang)
            : List.of(),
        comment,
        errors);
  }
}
