package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Collectors;
import se.skapa.app.Actor;
import se.skapa.app.ServiceId;
import se.skapa.app.access.Organisations;
import se.skapa.app.access.Service;
import se.skapa.app.review.FidelityReviews;
import se.skapa.app.review.StoredReview;
import se.skapa.core.common.Language;

/**
 * A fidelity review's every version on a page: who saved it when, draft or final, the total, the
 * reason a final review was corrected, and the items each version changed, from and to.
 */
public final class FidelityHistoryPages {

  private final Pages pages;
  private final Organisations organisations;
  private final FidelityReviews reviews;
  private final ZoneId zone;

  FidelityHistoryPages(
      Pages pages, Organisations organisations, FidelityReviews reviews, ZoneId zone) {
    this.pages = pages;
    this.organisations = organisations;
    this.reviews = reviews;
    this.zone = zone;
  }

  /**
   * The history.
   *
   * @param service the service's id, for the way back
   * @param heading whose review, in words
   * @param table a row per version
   */
  public record HistoryView(String service, String heading, Views.Table table) {}

  public void history(Context ctx) {
    Actor me = session(ctx).account().actor();
    Language lang = lang(ctx);
    boolean sv = lang == Language.SV;
    List<Service> services = organisations.services(me, me.organisation());
    ServiceId service = FidelityPages.service(ctx, services);
    UUID id = FidelityPages.uuid(String.valueOf(ctx.queryParam("id")));
    List<FidelityReviews.Version> versions = reviews.history(me, me.organisation(), service, id);
    List<List<String>> rows = new ArrayList<>();
    for (FidelityReviews.Version v : versions) {
      StoredReview r = v.scored().review();
      OptionalInt total = v.scored().result().total();
      rows.add(
          List.of(
              Integer.toString(r.version()),
              WHEN.format(r.recordedAt().atZone(zone)),
              r.recordedBy().value(),
              FidelityPages.status(r.status(), lang),
              total.isPresent() ? total.getAsInt() + "/" + v.scored().result().maximum() : "–",
              r.reason().orElse(""),
              v.changes().stream()
                  .map(c -> c.item() + ": " + score(c.from()) + " → " + score(c.to()))
                  .collect(Collectors.joining("; "))));
    }
    String heading =
        serviceName(services, service)
            + ", "
            + versions.get(versions.size() - 1).scored().review().review().date();
    Views.Table table =
        new Views.Table(
            sv ? "Granskningens versioner" : "The review's versions",
            List.of(
                "Version",
                sv ? "Sparad" : "Saved",
                sv ? "Av" : "By",
                sv ? "Status" : "Status",
                sv ? "Totalt" : "Total",
                sv ? "Skäl till rättelsen" : "Reason for the correction",
                sv ? "Ändrade punkter (från → till)" : "Items changed (from → to)"),
            rows);
    pages.render(
        ctx,
        200,
        "fidelity-history.jte",
        Map.of(
            "p",
            pages.page(ctx, Msg.FIDELITY),
            "v",
            new HistoryView(service.value(), heading, table)));
  }

  private static String score(OptionalInt s) {
    return s.isPresent() ? Integer.toString(s.getAsInt()) : "–";
  }
}
