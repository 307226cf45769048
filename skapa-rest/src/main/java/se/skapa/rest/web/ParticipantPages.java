package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.Organisations;
import se.skapa.app.access.Service;
import se.skapa.app.access.Session;
import se.skapa.app.measurement.Change;
import se.skapa.app.measurement.FollowUp;
import se.skapa.app.measurement.MeasurementId;
import se.skapa.app.measurement.Measurements;
import se.skapa.app.measurement.Progression;
import se.skapa.app.measurement.StoredMeasurement;
import se.skapa.core.chart.SpiderChart;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violation;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.FollowUpStatus;
import se.skapa.core.progression.Indicator;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.RatingGap;
import se.skapa.core.progression.Respondent;

/**
 * A handledare's pages: my participants, a participant's progression, recording, correcting,
 * history.
 */
public final class ParticipantPages {

  private final Pages pages;
  private final Organisations organisations;
  private final Measurements measurements;
  private final Progression progression;
  private final InstrumentCatalog catalog;
  private final Clock clock;
  private final ZoneId zone;

  ParticipantPages(
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

  public void home(Context ctx) {
    Session s = session(ctx);
    Actor me = s.account().actor();
    OrganisationId org = me.organisation();
    List<Views.CaseRow> rows = new ArrayList<>();
    if (me.has(Role.HANDLEDARE)) {
      for (FollowUp f :
          progression.caseload(me, org, INSTRUMENT, Optional.empty(), Optional.of(me.holder()))) {
        FollowUpStatus st = f.status();
        String status =
            st.overdue()
                ? "overdue"
                : st.dueWithin(FollowUpStatus.DEFAULT_DUE_WINDOW) ? "due-soon" : "on-track";
        rows.add(
            new Views.CaseRow(
                f.participant().value(),
                f.service().value(),
                st.latest().toString(),
                st.nextDue().toString(),
                status,
                st.daysOverdue()));
      }
    }
    List<Service> services = organisations.services(me, org);
    pages.render(
        ctx,
        200,
        "home.jte",
        Map.of("p", pages.page(ctx, Msg.MY_PARTICIPANTS), "rows", rows, "services", services));
  }

  public void findParticipant(Context ctx) {
    String key = Optional.ofNullable(ctx.queryParam("participant")).orElse("").strip();
    try {
      Pseudonym p = Pseudonym.of(key);
      ctx.redirect("/app/participants/" + p.value() + "/new", io.javalin.http.HttpStatus.SEE_OTHER);
    } catch (ValidationException e) {
      pages.message(
          ctx,
          422,
          se.skapa.core.common.ViolationTexts.message(e.violations().get(0), Pages.lang(ctx)));
    }
  }

  public void participant(Context ctx) {
    Session s = session(ctx);
    Actor me = s.account().actor();
    Pseudonym participant = pathKey(ctx, "participant");
    Progression.Series series =
        progression.participant(me, me.organisation(), participant, INSTRUMENT, Optional.empty());
    Instrument instrument = series.instrument();
    Language lang = lang(ctx);
    List<StoredMeasurement> all = series.measurements();
    List<String> chosen = ctx.queryParams("m");
    List<StoredMeasurement> self =
        all.stream().filter(m -> m.measurement().respondent() == Respondent.PARTICIPANT).toList();
    List<StoredMeasurement> selected =
        chosen.isEmpty()
            ? (self.size() <= 1 ? self : List.of(self.get(0), self.get(self.size() - 1)))
            : self.stream().filter(m -> chosen.contains(m.id().toString())).toList();
    if (selected.isEmpty()) {
      selected = self.isEmpty() ? List.of() : List.of(self.get(self.size() - 1));
    }
    String svg =
        selected.isEmpty()
            ? ""
            : SpiderChart.render(
                instrument,
                Respondent.PARTICIPANT,
                selected.stream().map(StoredMeasurement::measurement).toList(),
                lang);
    List<StoredMeasurement> shown = selected;
    List<Views.MeasurementRow> rows =
        all.stream()
            .map(
                m ->
                    new Views.MeasurementRow(
                        m.id().toString(),
                        m.measurement().date().toString(),
                        m.measurement().respondent().label().in(lang),
                        m.service().value(),
                        m.version(),
                        m.provenance().recordedBy().value(),
                        shown.contains(m)))
            .toList();
    List<Views.Table> tables = new ArrayList<>();
    for (Respondent r : Respondent.values()) {
      List<StoredMeasurement> of =
          all.stream().filter(m -> m.measurement().respondent() == r).toList();
      if (!of.isEmpty()) {
        tables.add(scores(instrument, r, of, lang));
      }
    }
    List<List<String>> gapRows = new ArrayList<>();
    for (RatingGap g : series.progression().gaps()) {
      gapRows.add(
          List.of(
              label(instrument, g.key(), lang),
              g.date().toString(),
              Integer.toString(g.self()),
              Integer.toString(g.handledare()),
              signed(g.gap())));
    }
    Views.Table gaps =
        new Views.Table(
            Msg.GAPS.in(lang),
            List.of(
                Msg.INDICATOR.in(lang),
                Msg.DATE.in(lang),
                Respondent.PARTICIPANT.label().in(lang),
                Respondent.HANDLEDARE.label().in(lang),
                Msg.GAP.in(lang)),
            gapRows);
    Views.ParticipantView view =
        new Views.ParticipantView(
            participant.value(),
            instrument.names().in(lang),
            svg,
            rows,
            tables,
            gaps,
            series.progression().followUp().nextDue().toString(),
            series.progression().followUp().overdue());
    pages.render(
        ctx, 200, "participant.jte", Map.of("p", pages.page(ctx, Msg.PROGRESSION), "v", view));
  }

  public void newMeasurement(Context ctx) {
    Session s = session(ctx);
    Pseudonym participant = pathKey(ctx, "participant");
    Instrument instrument = catalog.find(INSTRUMENT).orElseThrow();
    List<Service> services =
        organisations.services(s.account().actor(), s.account().organisation());
    Views.FormView form =
        form(
            ctx,
            Msg.RECORD_NEW,
            participant,
            "/app/participants/" + participant.value() + "/new",
            "",
            LocalDate.now(clock).toString(),
            services,
            "",
            instrument,
            Map.of(),
            Map.of(),
            "",
            List.of(),
            true,
            true);
    pages.render(ctx, 200, "form.jte", Map.of("p", pages.page(ctx, Msg.RECORD), "f", form));
  }

  public void recordMeasurement(Context ctx) {
    Session s = session(ctx);
    Actor me = s.account().actor();
    Pseudonym participant = pathKey(ctx, "participant");
    Instrument instrument = catalog.find(INSTRUMENT).orElseThrow();
    Map<String, String> self = answers(ctx, "p.", instrument, Respondent.PARTICIPANT);
    Map<String, String> staff = answers(ctx, "h.", instrument, Respondent.HANDLEDARE);
    String date = Optional.ofNullable(ctx.formParam("date")).orElse("");
    String service = Optional.ofNullable(ctx.formParam("service")).orElse("");
    String comment = Optional.ofNullable(ctx.formParam("comment")).orElse("").strip();
    List<String> errors = new ArrayList<>();
    try {
      LocalDate day = parseDate(date);
      List<Measurement> ms = new ArrayList<>();
      if (self.values().stream().anyMatch(v -> !v.isEmpty())) {
        ms.add(
            measurement(
                participant, day, instrument, Respondent.PARTICIPANT, self, me.holder(), comment));
      }
      if (staff.values().stream().anyMatch(v -> !v.isEmpty())) {
        ms.add(
            measurement(
                participant,
                day,
                instrument,
                Respondent.HANDLEDARE,
                staff,
                me.holder(),
                ms.isEmpty() ? comment : ""));
      }
      measurements.recordAll(me, me.organisation(), ServiceId.of(service), ms);
      ctx.redirect(
          "/app/participants/" + participant.value(), io.javalin.http.HttpStatus.SEE_OTHER);
      return;
    } catch (ValidationException e) {
      e.violations().forEach(v -> errors.add(describe(v, instrument, lang(ctx))));
    } catch (StoredModeException e) {
      errors.add(e.getMessage());
    }
    List<Service> services = organisations.services(me, me.organisation());
    Views.FormView form =
        form(
            ctx,
            Msg.RECORD_NEW,
            participant,
            "/app/participants/" + participant.value() + "/new",
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
        answers(ctx, r == Respondent.PARTICIPANT ? "p." : "h.", instrument, r);
    String date = Optional.ofNullable(ctx.formParam("date")).orElse("");
    String service = Optional.ofNullable(ctx.formParam("service")).orElse("");
    String comment = Optional.ofNullable(ctx.formParam("comment")).orElse("").strip();
    String version = Optional.ofNullable(ctx.formParam("version")).orElse("");
    List<String> errors = new ArrayList<>();
    try {
      int expected = version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1;
      Measurement m =
          measurement(
              current.measurement().participant(),
              parseDate(date),
              instrument,
              r,
              values,
              me.holder(),
              comment);
      measurements.correct(me, me.organisation(), id, expected, ServiceId.of(service), m);
      ctx.redirect(
          "/app/participants/" + current.measurement().participant().value(),
          io.javalin.http.HttpStatus.SEE_OTHER);
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
    Map<String, String> shown = values.isEmpty() ? current(m.measurement()) : values;
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
        withSelf ? ratings(instrument, Respondent.PARTICIPANT, "p.", self, lang) : List.of(),
        withStaff ? ratings(instrument, Respondent.HANDLEDARE, "h.", staff, lang) : List.of(),
        comment,
        errors);
  }

  private static List<Views.Rating> ratings(
      Instrument instrument,
      Respondent r,
      String prefix,
      Map<String, String> values,
      Language lang) {
    List<Views.Rating> out = new ArrayList<>();
    for (Indicator i : instrument.indicatorsFor(r)) {
      String current = values.getOrDefault(i.key(), "");
      List<Views.Option> options = new ArrayList<>();
      for (int v = i.scale().min(); v <= i.scale().max(); v++) {
        int score = v;
        String label =
            i.scale().anchor(v).map(a -> score + " – " + a.in(lang)).orElse(Integer.toString(v));
        options.add(
            new Views.Option(Integer.toString(v), label, current.equals(Integer.toString(v))));
      }
      options.add(new Views.Option("", Msg.NOT_ANSWERED.in(lang), current.isEmpty()));
      String low = i.scale().anchor(i.scale().min()).map(a -> a.in(lang)).orElse(Msg.LOW.in(lang));
      String high =
          i.scale().anchor(i.scale().max()).map(a -> a.in(lang)).orElse(Msg.HIGH.in(lang));
      out.add(
          new Views.Rating(
              prefix + i.key(),
              i.labels().in(lang),
              i.question().map(q -> q.in(lang)).orElse(""),
              i.scale().min() + " = " + low,
              i.scale().max() + " = " + high,
              options));
    }
    return out;
  }

  private static Map<String, String> answers(
      Context ctx, String prefix, Instrument instrument, Respondent r) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Indicator i : instrument.indicatorsFor(r)) {
      out.put(i.key(), Optional.ofNullable(ctx.formParam(prefix + i.key())).orElse("").strip());
    }
    return out;
  }

  private static Map<String, String> current(Measurement m) {
    Map<String, String> out = new HashMap<>();
    m.answers()
        .forEach((k, a) -> out.put(k, a.isAnswered() ? Integer.toString(a.scoreOrThrow()) : ""));
    return out;
  }

  private static Measurement measurement(
      Pseudonym participant,
      LocalDate date,
      Instrument instrument,
      Respondent r,
      Map<String, String> values,
      Pseudonym handledare,
      String comment) {
    Map<String, Answer> answers = new HashMap<>();
    List<Violation> bad = new ArrayList<>();
    values.forEach(
        (k, v) -> {
          if (v.isEmpty()) {
            answers.put(k, Answer.notAnswered());
          } else if (v.matches("-?\\d{1,4}")) {
            answers.put(k, Answer.score(Integer.parseInt(v)));
          } else {
            bad.add(new Violation("/scores/" + k, "type", "'" + v + "' is not a score"));
          }
        });
    if (!bad.isEmpty()) {
      throw new ValidationException(bad);
    }
    return new Measurement(
        participant,
        date,
        instrument.id(),
        instrument.version(),
        r,
        Optional.of(handledare),
        answers,
        comment.isEmpty() ? Optional.empty() : Optional.of(comment));
  }

  private static Views.Table scores(
      Instrument instrument, Respondent r, List<StoredMeasurement> of, Language lang) {
    List<String> heads = new ArrayList<>();
    heads.add(Msg.INDICATOR.in(lang));
    of.forEach(m -> heads.add(m.measurement().date().toString()));
    List<List<String>> rows = new ArrayList<>();
    for (Indicator i : instrument.indicatorsFor(r)) {
      List<String> row = new ArrayList<>();
      row.add(i.labels().in(lang));
      for (StoredMeasurement m : of) {
        Answer a = m.measurement().answer(i.key());
        row.add(a.isAnswered() ? Integer.toString(a.scoreOrThrow()) : "–");
      }
      rows.add(row);
    }
    return new Views.Table(
        r == Respondent.PARTICIPANT ? Msg.SELF_RATINGS.in(lang) : Msg.HANDLEDARE_RATINGS.in(lang),
        heads,
        rows);
  }
}
