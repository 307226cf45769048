package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.Organisations;
import se.skapa.app.access.Service;
import se.skapa.app.access.Session;
import se.skapa.app.measurement.Caseloads;
import se.skapa.app.measurement.FollowUp;
import se.skapa.app.measurement.Progression;
import se.skapa.app.measurement.StoredMeasurement;
import se.skapa.app.register.Enrolments;
import se.skapa.app.register.Spell;
import se.skapa.app.register.Spells;
import se.skapa.app.register.StoredEnrolment;
import se.skapa.app.register.StoredSpell;
import se.skapa.core.chart.SpiderChart;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.ViolationTexts;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.FollowUpStatus;
import se.skapa.core.progression.Indicator;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.RatingGap;
import se.skapa.core.progression.Respondent;

/**
 * A handledare's pages: my participants, a participant's progression, recording, correcting,
 * history.
 */
public final class ParticipantPages {

  private final Pages pages;
  private final Organisations organisations;
  private final Progression progression;

  ParticipantPages(
      Pages pages,
      Organisations organisations,
      Progression progression,
      Caseloads caseloads,
      Spells spells,
      InstrumentCatalog catalog,
      Enrolments enrolments,
      RegisterPages registerPages,
      ConsentPages consentPages) {
    this.consentPages = consentPages;
    this.caseloads = caseloads;
    this.catalog = catalog;
    this.enrolments = enrolments;
    this.registerPages = registerPages;
    this.pages = pages;
    this.organisations = organisations;
    this.progression = progression;
    this.spells = spells;
  }

  private final Spells spells;
  private final ConsentPages consentPages;
  private final Caseloads caseloads;
  private final InstrumentCatalog catalog;
  private final Enrolments enrolments;
  private final RegisterPages registerPages;

  public void home(Context ctx) {
    Session s = session(ctx);
    Actor me = s.account().actor();
    OrganisationId org = me.organisation();
    List<Service> services = organisations.services(me, org);
    List<Views.CaseRow> rows = new ArrayList<>();
    if (me.has(Role.HANDLEDARE)) {
      for (FollowUp f : caseload(me, org)) {
        FollowUpStatus st = f.status();
        String status =
            st.overdue()
                ? "overdue"
                : st.dueWithin(FollowUpStatus.DEFAULT_DUE_WINDOW) ? "due-soon" : "on-track";
        rows.add(
            new Views.CaseRow(
                f.participant().value(),
                serviceName(services, f.service()),
                st.latest().toString(),
                st.nextDue().toString(),
                status,
                st.daysOverdue()));
      }
    }
    pages.render(
        ctx,
        200,
        "home.jte",
        Map.of(
            "p",
            pages.page(ctx, Msg.MY_PARTICIPANTS),
            "rows",
            rows,
            "services",
            services,
            "today",
            registerPages.today(),
            "sources",
            SupportForms.sources(lang(ctx))));
  }

  /**
   * The handledare's participants on every instrument the server knows, each once with the
   * follow-up of the instrument they were last measured on, the most overdue first.
   */
  private List<FollowUp> caseload(Actor me, OrganisationId org) {
    Map<Pseudonym, FollowUp> latest = new java.util.LinkedHashMap<>();
    for (String id : catalog.all().stream().map(Instrument::id).distinct().toList()) {
      for (FollowUp f :
          caseloads.caseload(me, org, id, Optional.empty(), Optional.of(me.holder()))) {
        latest.merge(
            f.participant(), f, (a, b) -> a.status().latest().isAfter(b.status().latest()) ? a : b);
      }
    }
    return latest.values().stream()
        .sorted(java.util.Comparator.comparing((FollowUp f) -> f.status().nextDue()))
        .toList();
  }

  /**
   * The home page's "new measurement" form: a POST, so that a key typed by mistake (a personnummer)
   * never reaches the browser's history or a proxy's log; the key goes on in the path, encoded as
   * UTF-8 (a Latin-1 Location made Jetty answer "Bad UTF-8 encoding" for löpnr-Åsa).
   */
  public void findParticipant(Context ctx) {
    String key = Optional.ofNullable(ctx.formParam("participant")).orElse("").strip();
    try {
      Pseudonym p = Pseudonym.of(key);
      ctx.redirect("/app/participants/" + pathSegment(p.value()) + "/new", HttpStatus.SEE_OTHER);
    } catch (ValidationException e) {
      pages.message(ctx, 422, ViolationTexts.message(e.violations().get(0), Pages.lang(ctx)));
    }
  }

  /** A path segment, percent-encoded as UTF-8 (RFC 3986). */
  static String pathSegment(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  public void participant(Context ctx) {
    Session s = session(ctx);
    Actor me = s.account().actor();
    Pseudonym participant = pathKey(ctx, "participant");
    Language lang = lang(ctx);
    // Every instrument the participant was measured on, the latest first; the page shows one.
    List<String> measuredOn = progression.instrumentsOf(me, me.organisation(), participant);
    List<StoredEnrolment> enrolled = enrolments.ofParticipant(me, me.organisation(), participant);
    if (measuredOn.isEmpty() && enrolled.isEmpty()) {
      throw StoredModeException.notFound("no participant " + participant);
    }
    String shown =
        Optional.ofNullable(ctx.queryParam("instrument"))
            .filter(measuredOn::contains)
            .orElse(measuredOn.isEmpty() ? INSTRUMENT : measuredOn.get(0));
    // Admitted but not measured yet: the register section alone, and the way to the first
    // conversation.
    Optional<Progression.Series> series =
        measuredOn.isEmpty()
            ? Optional.empty()
            : Optional.of(
                progression.participant(
                    me, me.organisation(), participant, shown, Optional.empty()));
    Instrument instrument =
        series
            .map(Progression.Series::instrument)
            .orElseGet(() -> catalog.find(shown).orElseThrow());
    List<StoredMeasurement> all = series.map(Progression.Series::measurements).orElse(List.of());
    List<StoredMeasurement> selected = selected(all, ctx.queryParams("m"));
    String svg =
        selected.isEmpty()
            ? ""
            : SpiderChart.render(
                instrument,
                Respondent.PARTICIPANT,
                selected.stream().map(StoredMeasurement::measurement).toList(),
                lang);
    List<Views.Table> tables = new ArrayList<>();
    for (Respondent r : Respondent.values()) {
      List<StoredMeasurement> of =
          all.stream().filter(m -> m.measurement().respondent() == r).toList();
      if (!of.isEmpty()) {
        tables.add(scores(instrument, r, of, lang));
      }
    }
    Views.Table register = register(spells.ofParticipant(me, me.organisation(), participant), lang);
    List<Service> services = organisations.services(me, me.organisation());
    Views.ParticipantView view =
        new Views.ParticipantView(
            participant.value(),
            instrument.names().in(lang),
            instrument.id(),
            measuredOn.stream()
                .map(
                    id ->
                        new Views.Choice(
                            id,
                            catalog.find(id).map(i -> i.names().in(lang)).orElse(id),
                            id.equals(shown)))
                .toList(),
            svg,
            rows(all, selected, services, lang),
            tables,
            series
                .map(x -> gaps(x, instrument, lang))
                .orElse(new Views.Table("", List.of(), List.of())),
            // The gap between the person's and the handledare's rating exists only for an
            // indicator both rate; the built-in instrument has none, so the section is left out.
            series.isPresent()
                && instrument.indicators().stream()
                    .anyMatch(i -> i.ratedBy() == se.skapa.core.progression.RatedBy.BOTH),
            series.map(x -> x.progression().followUp().nextDue().toString()).orElse(""),
            series.map(x -> x.progression().followUp().overdue()).orElse(false),
            register,
            registerPages.view(me, enrolled, services, lang),
            consentPages.view(me, participant, services, lang));
    pages.render(
        ctx, 200, "participant.jte", Map.of("p", pages.page(ctx, Msg.PROGRESSION), "v", view));
  }

  /**
   * The self-ratings the spider shows: those chosen, else the first and the latest, else the
   * latest.
   */
  private static List<StoredMeasurement> selected(
      List<StoredMeasurement> all, List<String> chosen) {
    List<StoredMeasurement> self =
        all.stream().filter(m -> m.measurement().respondent() == Respondent.PARTICIPANT).toList();
    List<StoredMeasurement> selected =
        chosen.isEmpty()
            ? (self.size() <= 1 ? self : List.of(self.get(0), self.get(self.size() - 1)))
            : self.stream().filter(m -> chosen.contains(m.id().toString())).toList();
    if (selected.isEmpty()) {
      selected = self.isEmpty() ? List.of() : List.of(self.get(self.size() - 1));
    }
    return selected;
  }

  private static List<Views.MeasurementRow> rows(
      List<StoredMeasurement> all,
      List<StoredMeasurement> shown,
      List<Service> services,
      Language lang) {
    return all.stream()
        .map(
            m ->
                new Views.MeasurementRow(
                    m.id().toString(),
                    m.measurement().date().toString(),
                    m.measurement().respondent().label().in(lang),
                    serviceName(services, m.service()),
                    m.version(),
                    m.provenance().recordedBy().value(),
                    shown.contains(m)))
        .toList();
  }

  private static Views.Table gaps(Progression.Series series, Instrument instrument, Language lang) {
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
    return new Views.Table(
        Msg.GAPS.in(lang),
        List.of(
            Msg.INDICATOR.in(lang),
            Msg.DATE.in(lang),
            Respondent.PARTICIPANT.label().in(lang),
            Respondent.HANDLEDARE.label().in(lang),
            Msg.GAP.in(lang)),
        gapRows);
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

  /** Jobs, studies and interventions beside the conversations, earliest first. */
  private static Views.Table register(List<StoredSpell> all, Language lang) {
    List<List<String>> rows = new ArrayList<>();
    for (StoredSpell s : all) {
      String what;
      String detail;
      if (s.spell() instanceof Spell.Work w) {
        what = Msg.JOB.in(lang);
        detail =
            w.job().kind().label().in(lang)
                + ", "
                + w.job().hoursPerWeek().toPlainString().replace('.', ',')
                + " h/"
                + Msg.WEEK.in(lang);
      } else if (s.spell() instanceof Spell.Studies st) {
        what = Msg.STUDIES.in(lang);
        detail = st.study().kind().label().in(lang) + ", " + st.study().extentPercent() + " %";
      } else {
        Spell.Insats i = (Spell.Insats) s.spell();
        what = i.intervention().group().label().in(lang);
        detail = i.intervention().name() + i.provider().map(p -> " (" + p + ")").orElse("");
      }
      rows.add(
          List.of(
              s.spell().start().toString(),
              s.spell().end().map(Object::toString).orElse("–"),
              what,
              detail,
              s.service().value()));
    }
    return new Views.Table(
        Msg.REGISTER.in(lang),
        List.of(
            Msg.FROM.in(lang),
            Msg.TO.in(lang),
            Msg.WHAT.in(lang),
            Msg.DETAIL.in(lang),
            Msg.SERVICE.in(lang)),
        rows);
  }
}
