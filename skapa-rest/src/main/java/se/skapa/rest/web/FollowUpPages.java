package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.Organisations;
import se.skapa.app.access.Service;
import se.skapa.app.register.AfterClosings;
import se.skapa.app.register.EnrolmentId;
import se.skapa.core.common.Language;
import se.skapa.core.register.AfterClosing;
import se.skapa.core.register.AfterClosingStatus;

/**
 * The follow-ups after closing that are due (at the months the organisation has chosen, 6 and 12 by
 * default), oldest first, on a page of their own so that the start page stays one handledare's and
 * fast; and the form that records what one of them found.
 */
public final class FollowUpPages {

  /** How far ahead "due" looks, in days: the follow-ups of the coming month too. */
  private static final int WITHIN_DAYS = 30;

  private final Pages pages;
  private final Organisations organisations;
  private final AfterClosings afterClosings;
  private final Clock clock;

  FollowUpPages(
      Pages pages, Organisations organisations, AfterClosings afterClosings, Clock clock) {
    this.pages = pages;
    this.organisations = organisations;
    this.afterClosings = afterClosings;
    this.clock = clock;
  }

  public void due(Context ctx) {
    Actor me = session(ctx).account().actor();
    Language lang = lang(ctx);
    boolean sv = lang == Language.SV;
    List<Service> services = organisations.services(me, me.organisation());
    List<List<String>> rows = new ArrayList<>();
    for (AfterClosings.Due d : due(me)) {
      rows.add(
          List.of(
              d.participant().value(),
              serviceName(services, d.service()),
              d.closed().toString(),
              d.monthsAfter() + (sv ? " månader" : " months"),
              d.due().toString(),
              "/app/follow-ups/record?enrolment=" + d.enrolment() + "&months=" + d.monthsAfter()));
    }
    Views.Table table =
        new Views.Table(
            sv ? "Uppföljningar efter avslut som är dags" : "Follow-ups after closing due",
            List.of(
                Msg.PARTICIPANT.in(lang),
                Msg.SERVICE.in(lang),
                sv ? "Avslutad" : "Closed",
                sv ? "Uppföljning" : "Follow-up",
                sv ? "Dags" : "Due"),
            rows);
    pages.render(
        ctx,
        200,
        "follow-ups.jte",
        Map.of(
            "p",
            pages.page(ctx, Msg.FOLLOW_UPS),
            "t",
            table,
            "saved",
            ctx.queryParam("saved") != null));
  }

  private List<AfterClosings.Due> due(Actor me) {
    return afterClosings.due(
        me, me.organisation(), Optional.empty(), Optional.empty(), WITHIN_DAYS);
  }

  /**
   * The form for one follow-up that is due.
   *
   * @param enrolment the closed enrolment's id
   * @param months which follow-up
   * @param heading whose follow-up, in words
   * @param statuses what the participant may be doing
   * @param sources what they may live on
   * @param today the form's default date
   */
  public record RecordForm(
      String enrolment,
      int months,
      String heading,
      List<Views.Choice> statuses,
      List<Views.Choice> sources,
      String today) {}

  /** The form to record what one follow-up found. */
  public void recordForm(Context ctx) {
    Actor me = session(ctx).account().actor();
    Language lang = lang(ctx);
    String enrolment = Optional.ofNullable(ctx.queryParam("enrolment")).orElse("");
    String months = Optional.ofNullable(ctx.queryParam("months")).orElse("");
    AfterClosings.Due d =
        due(me).stream()
            .filter(
                x ->
                    x.enrolment().toString().equals(enrolment)
                        && String.valueOf(x.monthsAfter()).equals(months))
            .findFirst()
            .orElseThrow(() -> StoredModeException.notFound("no such follow-up is due"));
    List<Service> services = organisations.services(me, me.organisation());
    String heading =
        d.participant().value()
            + ", "
            + serviceName(services, d.service())
            + (lang == Language.SV ? ", avslutad " : ", closed ")
            + d.closed()
            + (lang == Language.SV
                ? ": " + d.monthsAfter() + " månader efter"
                : ": " + d.monthsAfter() + " months after");
    pages.render(
        ctx,
        200,
        "after-closing.jte",
        Map.of(
            "p",
            pages.page(ctx, RegisterText.AFTER_CLOSING_HEADING),
            "f",
            new RecordForm(
                d.enrolment().toString(),
                d.monthsAfter(),
                heading,
                java.util.Arrays.stream(AfterClosingStatus.values())
                    .map(s -> new Views.Choice(s.name(), s.label().in(lang), false))
                    .toList(),
                SupportForms.sources(lang),
                java.time.LocalDate.now(clock).toString())));
  }

  /** Records what one follow-up found; back to the list of those due. */
  public void record(Context ctx) {
    Actor me = session(ctx).account().actor();
    pages.change(
        ctx,
        () -> {
          EnrolmentId id = RegisterPages.enrolment(ctx);
          AfterClosingStatus status =
              field("/status", () -> choice(AfterClosingStatus.class, form(ctx, "status")));
          afterClosings.record(
              me,
              me.organisation(),
              id,
              new AfterClosing(
                  field("/monthsAfter", () -> whole(form(ctx, "monthsAfter"))),
                  field("/date", () -> parseDate(form(ctx, "date"))),
                  status,
                  SupportForms.read(ctx)));
          return "/app/follow-ups?saved";
        });
  }
}
