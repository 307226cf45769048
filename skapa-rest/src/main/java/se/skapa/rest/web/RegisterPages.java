package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.Service;
import se.skapa.app.register.EnrolmentId;
import se.skapa.app.register.Enrolments;
import se.skapa.app.register.Spell;
import se.skapa.app.register.Spells;
import se.skapa.app.register.StoredEnrolment;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.outcomes.OutcomeType;
import se.skapa.core.progression.BipGroup;
import se.skapa.core.progression.Intervention;
import se.skapa.core.register.Job;
import se.skapa.core.register.JobKind;
import se.skapa.core.register.Study;
import se.skapa.core.register.StudyKind;

/**
 * What a handledare records in the register from the browser: admitting a participant to a service,
 * a job started while enrolled, and the closing with its outcome. The same use cases as the API; a
 * refusal is a page in the reader's language naming the field.
 */
public final class RegisterPages {

  private final Pages pages;
  private final Enrolments enrolments;
  private final Spells spells;
  private final Clock clock;

  RegisterPages(Pages pages, Enrolments enrolments, Spells spells, Clock clock) {
    this.pages = pages;
    this.enrolments = enrolments;
    this.spells = spells;
    this.clock = clock;
  }

  /**
   * The participant page's register section.
   *
   * @param enrolments every enrolment, latest first: service, admitted, closed, outcome
   * @param open the enrolments still open, to record a job under or to close
   * @param services the services the handledare may admit to
   * @param outcomes the outcomes a closing chooses among
   * @param jobKinds the kinds of job
   * @param studyKinds the forms of study
   * @param groups BIP's four groups of interventions
   * @param sources what a participant may live on
   * @param today today's date, the forms' default
   */
  public record RegisterView(
      Views.Table enrolments,
      List<Views.Choice> open,
      List<Views.Choice> services,
      List<Views.Choice> outcomes,
      List<Views.Choice> jobKinds,
      List<Views.Choice> studyKinds,
      List<Views.Choice> groups,
      List<Views.Choice> sources,
      String today) {}

  /** {@return today, the default of a form's date} */
  String today() {
    return LocalDate.now(clock).toString();
  }

  /** The register section of a participant's page. */
  RegisterView view(Actor me, List<StoredEnrolment> all, List<Service> services, Language lang) {
    boolean sv = lang == Language.SV;
    List<List<String>> rows = new ArrayList<>();
    List<Views.Choice> open = new ArrayList<>();
    for (StoredEnrolment e : all) {
      String name = serviceName(services, e.service());
      rows.add(
          List.of(
              name,
              e.enrolment().admitted().toString(),
              e.enrolment().closed().map(LocalDate::toString).orElse(sv ? "pågår" : "open"),
              e.enrolment().outcome().map(o -> o.label().in(lang)).orElse("")));
      if (e.enrolment().closed().isEmpty()) {
        open.add(
            new Views.Choice(
                e.id().toString(), name + ", " + e.enrolment().admitted(), open.isEmpty()));
      }
    }
    List<Views.Choice> outcomes = new ArrayList<>();
    for (OutcomeType o : OutcomeType.values()) {
      outcomes.add(new Views.Choice(o.name(), o.label().in(lang), false));
    }
    List<Views.Choice> kinds = new ArrayList<>();
    for (JobKind k : JobKind.values()) {
      kinds.add(new Views.Choice(k.name(), k.label().in(lang), k == JobKind.COMPETITIVE));
    }
    return new RegisterView(
        new Views.Table(
            sv ? "Inskrivningar" : "Enrolments",
            List.of(
                sv ? "Verksamhet" : "Service",
                sv ? "Inskriven" : "Admitted",
                sv ? "Avslutad" : "Closed",
                sv ? "Utfall" : "Outcome"),
            rows),
        open,
        services.stream()
            .filter(x -> me.serves(x.id()))
            .map(x -> new Views.Choice(x.id().value(), x.name(), false))
            .toList(),
        outcomes,
        kinds,
        java.util.Arrays.stream(StudyKind.values())
            .map(k -> new Views.Choice(k.name(), k.label().in(lang), false))
            .toList(),
        java.util.Arrays.stream(BipGroup.values())
            .map(g -> new Views.Choice(g.name(), g.label().in(lang), false))
            .toList(),
        SupportForms.sources(lang),
        today());
  }

  /** Admits a participant: from their page, or from the home page's form with a key typed. */
  public void enrol(Context ctx) {
    Actor me = session(ctx).account().actor();
    attempt(
        ctx,
        () -> {
          Pseudonym participant =
              ctx.pathParamMap().containsKey("participant")
                  ? pathKey(ctx, "participant")
                  : field("/participant", () -> Pseudonym.of(form(ctx, "participant")));
          String contact = form(ctx, "firstContact");
          enrolments.enrol(
              me,
              me.organisation(),
              field("/service", () -> ServiceId.of(form(ctx, "service"))),
              participant,
              field("/admitted", () -> parseDate(form(ctx, "admitted"))),
              contact.isEmpty()
                  ? Optional.empty()
                  : Optional.of(field("/firstContact", () -> parseDate(contact))),
              "on".equals(form(ctx, "actionPlan")),
              SupportForms.read(ctx));
          return participant;
        });
  }

  /** A job started while enrolled. */
  public void job(Context ctx) {
    Actor me = session(ctx).account().actor();
    attempt(
        ctx,
        () -> {
          EnrolmentId id = enrolment(ctx);
          Job job =
              new Job(
                  field("/started", () -> parseDate(form(ctx, "started"))),
                  Optional.empty(),
                  field("/kind", () -> choice(JobKind.class, form(ctx, "kind"))),
                  field("/hoursPerWeek", () -> decimal(form(ctx, "hoursPerWeek"))),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty());
          return spells.recordUnder(me, me.organisation(), id, new Spell.Work(job)).participant();
        });
  }

  /** Studies begun while enrolled. */
  public void study(Context ctx) {
    Actor me = session(ctx).account().actor();
    attempt(
        ctx,
        () -> {
          EnrolmentId id = enrolment(ctx);
          Study study =
              new Study(
                  field("/started", () -> parseDate(form(ctx, "started"))),
                  Optional.empty(),
                  field("/kind", () -> choice(StudyKind.class, form(ctx, "kind"))),
                  field("/extentPercent", () -> whole(form(ctx, "extentPercent"))));
          return spells
              .recordUnder(me, me.organisation(), id, new Spell.Studies(study))
              .participant();
        });
  }

  /** An intervention beside the conversations, in one of BIP's four groups. */
  public void intervention(Context ctx) {
    Actor me = session(ctx).account().actor();
    attempt(
        ctx,
        () -> {
          Pseudonym participant = pathKey(ctx, "participant");
          String provider = form(ctx, "provider");
          Spell.Insats insats =
              new Spell.Insats(
                  new Intervention(
                      form(ctx, "name"),
                      field("/group", () -> choice(BipGroup.class, form(ctx, "group"))),
                      field("/start", () -> parseDate(form(ctx, "start"))),
                      Optional.empty()),
                  provider.isEmpty() ? Optional.empty() : Optional.of(provider));
          return spells
              .recordIntervention(
                  me,
                  me.organisation(),
                  participant,
                  field("/service", () -> ServiceId.of(form(ctx, "service"))),
                  insats)
              .participant();
        });
  }

  /** The closing of an enrolment, with its outcome and what the participant lives on then. */
  public void close(Context ctx) {
    Actor me = session(ctx).account().actor();
    attempt(
        ctx,
        () -> {
          EnrolmentId id = enrolment(ctx);
          OutcomeType outcome =
              field("/outcome", () -> choice(OutcomeType.class, form(ctx, "outcome")));
          return enrolments
              .close(
                  me,
                  me.organisation(),
                  id,
                  field("/closed", () -> parseDate(form(ctx, "closed"))),
                  outcome,
                  "on".equals(form(ctx, "subsidised")),
                  Optional.of(SupportForms.read(ctx)).filter(l -> !l.isEmpty()))
              .enrolment()
              .key();
        });
  }

  /** Runs a recording; back to the participant's page, or the refusal as a page. */
  private void attempt(Context ctx, java.util.function.Supplier<Pseudonym> recording) {
    pages.change(
        ctx,
        () ->
            "/app/participants/"
                + ParticipantPages.pathSegment(recording.get().value())
                + "#register");
  }

  /** The enrolment a form names; one that cannot be read is one that is not there. */
  static EnrolmentId enrolment(Context ctx) {
    try {
      return EnrolmentId.parse(form(ctx, "enrolment"));
    } catch (RuntimeException e) {
      throw StoredModeException.notFound("no enrolment");
    }
  }
}
