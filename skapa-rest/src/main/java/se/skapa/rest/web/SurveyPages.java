package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.Organisations;
import se.skapa.app.access.Service;
import se.skapa.app.survey.ParticipantSurvey;
import se.skapa.app.survey.SurveyTargetSettings;
import se.skapa.core.common.Language;
import se.skapa.core.common.Numbers;
import se.skapa.core.common.ValidationException;
import se.skapa.core.survey.SurveyPeriod;
import se.skapa.core.survey.SurveyQuestion;
import se.skapa.core.survey.SurveyReport;
import se.skapa.core.survey.SurveyTargets;
import se.skapa.core.survey.Surveys;
import se.skapa.rest.responses.SurveyTable;

/**
 * The participant survey in the browser: a service's period against the organisation's targets, how
 * many were offered it, the paper answers entered one form at a time, and (for an admin) the
 * targets themselves. The same use case as the API; nothing here links an answer to anyone.
 */
public final class SurveyPages {

  private final Pages pages;
  private final Organisations organisations;
  private final ParticipantSurvey survey;
  private final SurveyTargetSettings settings;
  private final Clock clock;

  SurveyPages(
      Pages pages,
      Organisations organisations,
      ParticipantSurvey survey,
      SurveyTargetSettings settings,
      Clock clock) {
    this.pages = pages;
    this.organisations = organisations;
    this.survey = survey;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * The page.
   *
   * @param service the service shown
   * @param period the period shown, e.g. {@code 2026}
   * @param services the services to choose among
   * @param periods the periods to choose among
   * @param measures the three measures against their targets
   * @param questions each question's answers
   * @param ask the questions a paper answer is entered for: key, text, overall or not
   * @param offered how many were offered the survey in the period
   * @param targets the targets in percent: offered, response rate, satisfied, and whose
   * @param batch a token that makes a form sent twice store its answer once
   * @param own the organisation's own questions (key, Swedish, English), with empty rows to add
   */
  public record SurveyView(
      String service,
      String period,
      List<Views.Choice> services,
      List<Views.Choice> periods,
      Views.Table measures,
      Views.Table questions,
      List<List<String>> ask,
      int offered,
      List<String> targets,
      String batch,
      List<List<String>> own) {}

  public void survey(Context ctx) {
    Actor me = session(ctx).account().actor();
    Language lang = lang(ctx);
    List<Service> services = organisations.services(me, me.organisation());
    if (services.isEmpty()) {
      pages.message(
          ctx,
          200,
          lang == Language.SV
              ? "Organisationen har inga verksamheter än."
              : "The organisation has no services yet.");
      return;
    }
    ServiceId service =
        Optional.ofNullable(ctx.queryParam("service"))
            .filter(x -> !x.isBlank())
            .map(x -> field("/service", () -> ServiceId.of(x)))
            .orElse(services.get(0).id());
    List<String[]> periods = ReportPages.recent(LocalDate.now(clock));
    String name =
        Optional.ofNullable(ctx.queryParam("period"))
            .filter(p -> periods.stream().anyMatch(x -> x[0].equals(p)))
            .orElse(Integer.toString(LocalDate.now(clock).getYear()));
    SurveyPeriod period = SurveyPeriod.of(name);
    SurveyReport r = survey.report(me, me.organisation(), service, period);
    SurveyTargetSettings.Targets t = settings.targets(me, me.organisation());
    List<List<String>> ask = new ArrayList<>();
    for (SurveyQuestion q : survey.questions(me, me.organisation())) {
      ask.add(List.of(q.key(), q.text().in(lang), Boolean.toString(q.overall())));
    }
    SurveyView view =
        new SurveyView(
            service.value(),
            name,
            services.stream()
                .map(x -> new Views.Choice(x.id().value(), x.name(), x.id().equals(service)))
                .toList(),
            periods.stream()
                .map(x -> new Views.Choice(x[0], ReportPages.label(x[0], lang), x[0].equals(name)))
                .toList(),
            new Views.Table(
                (lang == Language.SV ? "Deltagarenkät " : "Participant survey ")
                    + name
                    + ": "
                    + serviceName(services, service),
                SurveyTable.measuresHeader(lang),
                SurveyTable.measures(r, lang)),
            new Views.Table(
                lang == Language.SV ? "Svaren fråga för fråga" : "The answers question by question",
                SurveyTable.questionsHeader(lang),
                SurveyTable.questions(r, lang)),
            ask,
            r.offered(),
            List.of(
                Numbers.decimal(t.targets().offered() * 100, 0, lang),
                Numbers.decimal(t.targets().responseRate() * 100, 0, lang),
                Numbers.decimal(t.targets().satisfied() * 100, 0, lang),
                t.own()
                    ? (lang == Language.SV ? "organisationens egna mål" : "the organisation's own")
                    : (lang == Language.SV
                        ? "Södra Norrbottens mål 2026 (standard)"
                        : "Södra Norrbotten's 2026 targets (default)")),
            token(),
            own(me));
    pages.render(ctx, 200, "survey.jte", Map.of("p", pages.page(ctx, Msg.SURVEY), "s", view));
  }

  /** Rows a form offers for the organisation's own questions beyond those it has. */
  private static final int EMPTY_QUESTION_ROWS = 2;

  private List<List<String>> own(Actor me) {
    List<List<String>> rows = new ArrayList<>();
    for (SurveyQuestion q : survey.questions(me, me.organisation())) {
      if (!Surveys.SKAPA_QUESTIONS.contains(q)) {
        rows.add(List.of(q.key(), q.text().sv(), q.text().en()));
      }
    }
    for (int i = 0; i < EMPTY_QUESTION_ROWS && rows.size() < Surveys.MAX_OWN_QUESTIONS; i++) {
      rows.add(List.of("", "", ""));
    }
    return rows;
  }

  /** The organisation's own questions, asked after SKAPA's (admin); a row left empty is dropped. */
  public void questions(Context ctx) {
    Actor me = session(ctx).account().actor();
    attempt(
        ctx,
        () -> {
          List<SurveyQuestion> own = new ArrayList<>();
          for (int i = 0; i < Surveys.MAX_OWN_QUESTIONS + EMPTY_QUESTION_ROWS; i++) {
            String key = form(ctx, "own." + i + ".key");
            if (key.isEmpty()) {
              continue;
            }
            int row = i;
            own.add(
                field(
                    "/questions/" + i,
                    () ->
                        new SurveyQuestion(
                            key,
                            se.skapa.core.common.LocalizedText.of(
                                form(ctx, "own." + row + ".sv"), form(ctx, "own." + row + ".en")),
                            false)));
          }
          survey.setQuestions(me, me.organisation(), own);
        });
  }

  /** How many were offered the survey in the period. */
  public void offered(Context ctx) {
    Actor me = session(ctx).account().actor();
    attempt(
        ctx,
        () ->
            survey.offered(
                me,
                me.organisation(),
                service(ctx),
                period(ctx),
                field("/offered", () -> whole(form(ctx, "offered")))));
  }

  /** One paper form's answers; a question left unanswered is not sent. */
  public void response(Context ctx) {
    Actor me = session(ctx).account().actor();
    attempt(
        ctx,
        () -> {
          Map<String, Integer> answers = new HashMap<>();
          for (SurveyQuestion q : survey.questions(me, me.organisation())) {
            String a = form(ctx, "q." + q.key());
            if (!a.isEmpty()) {
              answers.put(q.key(), field("/" + q.key(), () -> whole(a)));
            }
          }
          survey.respond(
              me,
              me.organisation(),
              service(ctx),
              period(ctx),
              List.of(answers),
              Optional.of(form(ctx, "batch")).filter(b -> !b.isEmpty()));
        });
  }

  /** The organisation's own targets, typed in percent (admin). */
  public void targets(Context ctx) {
    Actor me = session(ctx).account().actor();
    attempt(
        ctx,
        () -> {
          if (!me.has(Role.ADMIN)) {
            throw StoredModeException.forbidden("the survey's targets are an admin's to set");
          }
          settings.setTargets(
              me,
              me.organisation(),
              new SurveyTargets(
                  field("/offered", () -> share(form(ctx, "offered"))),
                  field("/responseRate", () -> share(form(ctx, "responseRate"))),
                  field("/satisfied", () -> share(form(ctx, "satisfied")))));
        });
  }

  private void attempt(Context ctx, Runnable change) {
    pages.change(
        ctx,
        () -> {
          change.run();
          return "/app/survey?service="
              + ParticipantPages.pathSegment(form(ctx, "service"))
              + "&period="
              + ParticipantPages.pathSegment(form(ctx, "period"));
        });
  }

  private static ServiceId service(Context ctx) {
    return field("/service", () -> ServiceId.of(form(ctx, "service")));
  }

  private static SurveyPeriod period(Context ctx) {
    return field("/period", () -> SurveyPeriod.of(form(ctx, "period")));
  }

  /** A share typed in percent, {@code 60} or {@code 62,5}. */
  private static double share(String text) {
    BigDecimal percent = decimal(text);
    if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw ValidationException.of("", "range", "must be at least 0 and at most 100");
    }
    return percent.doubleValue() / 100;
  }
}
