package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditFilter;
import se.skapa.app.audit.AuditTrail;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pseudonym;

/**
 * The audit trail for an admin, filtered: by dates, who, what and which participant, and without
 * the admin's own reads unless asked for (looking at the trail is itself a line and would drown the
 * rest). A page at a time, with a link to the next.
 */
public final class AuditPages {

  /** Days back from today the trail shows when no dates are chosen. */
  private static final int DEFAULT_DAYS = 7;

  private final Pages pages;
  private final AuditTrail audit;
  private final Clock clock;
  private final ZoneId zone;

  AuditPages(Pages pages, AuditTrail audit, Clock clock, ZoneId zone) {
    this.pages = pages;
    this.audit = audit;
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * The filtered trail.
   *
   * @param from the first day
   * @param to the last day
   * @param who the holder filtered on, or ""
   * @param actions the actions to choose among, the chosen one selected
   * @param participant the participant filtered on, or ""
   * @param mine true when the admin's own reads are shown
   * @param lines the lines, newest first within the page
   * @param next the next page's address, or ""
   */
  public record AuditView(
      String from,
      String to,
      String who,
      List<Views.Choice> actions,
      String participant,
      boolean mine,
      Views.Table lines,
      String next) {}

  public void trail(Context ctx) {
    Actor me = session(ctx).account().actor();
    Language lang = lang(ctx);
    LocalDate today = LocalDate.now(clock.withZone(zone));
    LocalDate to = param(ctx, "to").map(t -> field("/to", () -> parseDate(t))).orElse(today);
    LocalDate from =
        param(ctx, "from")
            .map(f -> field("/from", () -> parseDate(f)))
            .orElse(to.minusDays(DEFAULT_DAYS - 1));
    Optional<String> who = param(ctx, "who");
    Optional<String> what = param(ctx, "what");
    Optional<Pseudonym> participant =
        param(ctx, "participant").map(x -> field("/participant", () -> Pseudonym.of(x)));
    boolean mine = "on".equals(ctx.queryParam("mine"));
    long after =
        param(ctx, "after").filter(a -> a.matches("\\d{1,18}")).map(Long::parseLong).orElse(0L);
    AuditFilter filter =
        new AuditFilter(
            who, what, participant, mine ? Optional.empty() : Optional.of(me.holder().value()));
    AuditTrail.Page page = audit.read(me, me.organisation(), from, to, after, filter);
    List<List<String>> rows = new ArrayList<>();
    for (AuditEntry e : page.lines()) {
      rows.add(
          List.of(
              WHEN.format(e.at().atZone(zone)),
              e.holder(),
              AuditActions.label(e.action(), lang),
              e.participant().map(Pseudonym::value).orElse("–"),
              e.rows().map(String::valueOf).orElse("")));
    }
    List<Views.Choice> actions = new ArrayList<>();
    actions.add(new Views.Choice("", lang == Language.SV ? "Alla" : "All", what.isEmpty()));
    AuditActions.codes().stream()
        .sorted()
        .forEach(
            c ->
                actions.add(
                    new Views.Choice(c, AuditActions.label(c, lang), what.equals(Optional.of(c)))));
    String query =
        "from="
            + from
            + "&to="
            + to
            + who.map(w -> "&who=" + ParticipantPages.pathSegment(w)).orElse("")
            + what.map(w -> "&what=" + ParticipantPages.pathSegment(w)).orElse("")
            + participant
                .map(p -> "&participant=" + ParticipantPages.pathSegment(p.value()))
                .orElse("")
            + (mine ? "&mine=on" : "");
    AuditView view =
        new AuditView(
            from.toString(),
            to.toString(),
            who.orElse(""),
            actions,
            participant.map(Pseudonym::value).orElse(""),
            mine,
            new Views.Table(
                Msg.AUDIT.in(lang) + " " + from + " – " + to,
                List.of(
                    Msg.WHEN.in(lang),
                    Msg.WHO.in(lang),
                    Msg.WHAT.in(lang),
                    Msg.PARTICIPANT.in(lang),
                    Msg.ROWS.in(lang)),
                rows),
            page.next().map(n -> "/app/admin/audit?" + query + "&after=" + n).orElse(""));
    pages.render(ctx, 200, "audit.jte", Map.of("p", pages.page(ctx, Msg.AUDIT), "a", view));
  }

  private static Optional<String> param(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(x -> !x.isEmpty());
  }
}
