package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.access.Organisations;
import se.skapa.app.access.Service;
import se.skapa.app.register.AfterClosings;
import se.skapa.core.common.Language;

/**
 * The follow-ups after closing that are due (6 and 12 months after, by default), oldest first, on a
 * page of their own so that the start page stays one handledare's and fast.
 */
public final class FollowUpPages {

  /** How far ahead "due" looks, in days: the follow-ups of the coming month too. */
  private static final int WITHIN_DAYS = 30;

  private final Pages pages;
  private final Organisations organisations;
  private final AfterClosings afterClosings;

  FollowUpPages(Pages pages, Organisations organisations, AfterClosings afterClosings) {
    this.pages = pages;
    this.organisations = organisations;
    this.afterClosings = afterClosings;
  }

  public void due(Context ctx) {
    Actor me = session(ctx).account().actor();
    Language lang = lang(ctx);
    boolean sv = lang == Language.SV;
    List<Service> services = organisations.services(me, me.organisation());
    List<List<String>> rows = new ArrayList<>();
    for (AfterClosings.Due d :
        afterClosings.due(me, me.organisation(), Optional.empty(), Optional.empty(), WITHIN_DAYS)) {
      rows.add(
          List.of(
              d.participant().value(),
              serviceName(services, d.service()),
              d.closed().toString(),
              d.monthsAfter() + (sv ? " månader" : " months"),
              d.due().toString()));
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
        ctx, 200, "follow-ups.jte", Map.of("p", pages.page(ctx, Msg.FOLLOW_UPS), "t", table));
  }
}
