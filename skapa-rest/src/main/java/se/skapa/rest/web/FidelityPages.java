package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import se.skapa.app.Actor;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.Organisations;
import se.skapa.app.access.Service;
import se.skapa.app.review.FidelityReviews;
import se.skapa.app.review.StoredReview;
import se.skapa.core.chart.FidelityChart;
import se.skapa.core.chart.FidelityCompareChart;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.fidelity.ActionPlanItem;
import se.skapa.core.fidelity.FidelityItem;
import se.skapa.core.fidelity.IpsAnchors;
import se.skapa.core.fidelity.ItemScore;
import se.skapa.core.fidelity.Review;
import se.skapa.core.fidelity.ReviewComparison;

/**
 * IPS fidelity reviews in the browser: a service's reviews with their totals and levels, the chart
 * of the latest final one, and the form that scores the 25 items (the numeric anchors beside the
 * items that have them), saved as a draft, finalised, or corrected with a reason, with an action
 * plan. The same use case as the API.
 */
public final class FidelityPages {

  /** Rows of the action plan a form offers. */
  private static final int PLAN_ROWS = 3;

  private final Pages pages;
  private final Organisations organisations;
  private final FidelityReviews reviews;
  private final Clock clock;

  FidelityPages(Pages pages, Organisations organisations, FidelityReviews reviews, Clock clock) {
    this.pages = pages;
    this.organisations = organisations;
    this.reviews = reviews;
    this.clock = clock;
  }

  /**
   * The list.
   *
   * @param service the service
   * @param services the services to choose among
   * @param rows per review: date, status, total, level, id
   * @param chart the latest final review's chart, or ""
   * @param compare the final reviews side by side, item by item; no rows when fewer than two
   * @param compareChart the final reviews drawn together, or ""
   */
  public record ListView(
      String service,
      List<Views.Choice> services,
      List<List<String>> rows,
      String chart,
      Views.Table compare,
      String compareChart) {}

  /**
   * The form.
   *
   * @param service the service
   * @param id the review's id, "" for a new one
   * @param version its version, "" for a new one
   * @param date its day
   * @param reviewers the reviewers, comma-separated
   * @param items per item: number, section, name, score or "", anchor or ""
   * @param isFinal true when the review is final (a correction needs a reason)
   * @param plan the action plan rows: item, action, owner, due
   * @param scores the scores an item takes, the scale's lowest to highest
   */
  public record FormView(
      String service,
      String id,
      String version,
      String date,
      String reviewers,
      List<List<String>> items,
      boolean isFinal,
      List<List<String>> plan,
      List<String> scores) {}

  public void list(Context ctx) {
    Actor me = session(ctx).account().actor();
    Language lang = lang(ctx);
    List<Service> services = organisations.services(me, me.organisation());
    ServiceId service = service(ctx, services);
    List<FidelityReviews.Scored> all =
        reviews.list(me, me.organisation(), service).stream()
            .sorted(Comparator.comparing(s -> s.review().review().date()))
            .toList();
    List<List<String>> rows = new ArrayList<>();
    for (FidelityReviews.Scored s : all) {
      rows.add(
          List.of(
              s.review().review().date().toString(),
              status(s.review().status(), lang),
              s.result().total().isPresent()
                  ? s.result().total().getAsInt() + "/" + s.result().maximum()
                  : "–",
              s.result().band().map(b -> b.label().in(lang)).orElse("–"),
              s.review().id().toString()));
    }
    String chart =
        all.stream()
            .filter(s -> s.review().status() == StoredReview.Status.FINAL)
            .reduce((a, b) -> b)
            .map(
                s ->
                    FidelityChart.render(
                        reviews.scale(), s.result(), lang, serviceName(services, service)))
            .orElse("");
    Optional<ReviewComparison> comparison = reviews.compareFinal(all);
    ListView view =
        new ListView(
            service.value(),
            services.stream()
                .map(x -> new Views.Choice(x.id().value(), x.name(), x.id().equals(service)))
                .toList(),
            rows,
            chart,
            comparison
                .map(c -> compareTable(c, lang))
                .orElse(new Views.Table("", List.of(), List.of())),
            comparison
                .map(
                    c ->
                        FidelityCompareChart.render(
                            reviews.scale(), c, lang, serviceName(services, service)))
                .orElse(""));
    pages.render(ctx, 200, "fidelity.jte", Map.of("p", pages.page(ctx, Msg.FIDELITY), "v", view));
  }

  /**
   * The final reviews side by side: a row per item, per section and for the total, a column per
   * review, and the change from the first to the latest (the comparison's, not the page's sum).
   */
  private Views.Table compareTable(ReviewComparison c, Language lang) {
    boolean sv = lang == Language.SV;
    List<String> heads = new ArrayList<>();
    heads.add(sv ? "Punkt" : "Item");
    c.reviews().forEach(r -> heads.add(r.date().toString()));
    heads.add(sv ? "Förändring" : "Change");
    Map<Integer, Integer> itemChange = new java.util.HashMap<>();
    c.overall().items().forEach(i -> itemChange.put(i.number(), i.change()));
    Map<String, Integer> sectionChange = new java.util.HashMap<>();
    c.overall().sections().forEach(x -> sectionChange.put(x.code(), x.change()));
    List<List<String>> rows = new ArrayList<>();
    for (FidelityItem item : reviews.scale().items()) {
      List<String> row = new ArrayList<>();
      row.add(item.number() + ". " + item.name().in(lang));
      c.reviews()
          .forEach(
              r ->
                  row.add(
                      r.score(item.number()).stream()
                          .mapToObj(String::valueOf)
                          .findFirst()
                          .orElse("–")));
      row.add(signed(Optional.ofNullable(itemChange.get(item.number()))));
      rows.add(row);
    }
    for (var section : reviews.scale().sections()) {
      List<String> row = new ArrayList<>();
      row.add(section.name().in(lang));
      c.reviews()
          .forEach(
              r ->
                  row.add(
                      r.sections().stream()
                          .filter(x -> x.code().equals(section.code()) && x.complete())
                          .map(x -> x.score() + "/" + x.maximum())
                          .findFirst()
                          .orElse("–")));
      row.add(signed(Optional.ofNullable(sectionChange.get(section.code()))));
      rows.add(row);
    }
    List<String> total = new ArrayList<>();
    total.add(sv ? "Totalt" : "Total");
    c.reviews()
        .forEach(
            r -> total.add(r.total().isPresent() ? r.total().getAsInt() + "/" + r.maximum() : "–"));
    OptionalInt t = c.overall().totalChange();
    total.add(signed(t.isPresent() ? Optional.of(t.getAsInt()) : Optional.empty()));
    rows.add(total);
    return new Views.Table(
        sv ? "De fastställda granskningarna sida vid sida" : "The final reviews side by side",
        heads,
        rows);
  }

  /** A change as a person reads it: {@code +2}, {@code −1} (a minus sign), {@code 0}. */
  private static String signed(Optional<Integer> change) {
    return change.map(x -> x > 0 ? "+" + x : x < 0 ? "\u2212" + (-x) : "0").orElse("–");
  }

  /** A new review's form, or an existing one's ({@code ?id=}). */
  public void reviewForm(Context ctx) {
    Actor me = session(ctx).account().actor();
    Language lang = lang(ctx);
    List<Service> services = organisations.services(me, me.organisation());
    ServiceId service = service(ctx, services);
    Optional<FidelityReviews.Scored> existing =
        Optional.ofNullable(ctx.queryParam("id"))
            .filter(x -> !x.isBlank())
            .map(x -> reviews.get(me, me.organisation(), service, uuid(x)));
    Map<Integer, Integer> scores = new java.util.HashMap<>();
    existing.ifPresent(
        s -> s.review().review().items().forEach(i -> scores.put(i.number(), i.score())));
    Map<String, String> sections = new java.util.HashMap<>();
    reviews.scale().sections().forEach(x -> sections.put(x.code(), x.name().in(lang)));
    List<List<String>> items = new ArrayList<>();
    for (FidelityItem i : reviews.scale().items()) {
      items.add(
          List.of(
              Integer.toString(i.number()),
              sections.getOrDefault(i.section(), i.section()),
              i.name().in(lang),
              Optional.ofNullable(scores.get(i.number())).map(String::valueOf).orElse(""),
              anchor(i.number(), lang)));
    }
    List<List<String>> plan = new ArrayList<>();
    existing.ifPresent(
        s ->
            s.review()
                .actionPlan()
                .forEach(
                    a ->
                        plan.add(
                            List.of(
                                Integer.toString(a.item()),
                                a.action(),
                                a.owner().value(),
                                a.due().toString()))));
    while (plan.size() < PLAN_ROWS) {
      plan.add(List.of("", "", "", ""));
    }
    FormView view =
        new FormView(
            service.value(),
            existing.map(s -> s.review().id().toString()).orElse(""),
            existing.map(s -> Integer.toString(s.review().version())).orElse(""),
            existing
                .map(s -> s.review().review().date().toString())
                .orElse(LocalDate.now(clock).toString()),
            existing
                .map(
                    s ->
                        String.join(
                            ", ",
                            s.review().review().reviewers().stream()
                                .map(Pseudonym::value)
                                .toList()))
                .orElse(me.holder().value()),
            items,
            existing.map(s -> s.review().status() == StoredReview.Status.FINAL).orElse(false),
            plan,
            java.util.stream.IntStream.rangeClosed(
                    reviews.scale().itemMin(), reviews.scale().itemMax())
                .mapToObj(Integer::toString)
                .toList());
    pages.render(
        ctx, 200, "fidelity-form.jte", Map.of("p", pages.page(ctx, Msg.FIDELITY), "f", view));
  }

  /** Saves the form: a draft, a final review, or a correction of one. */
  public void save(Context ctx) {
    Actor me = session(ctx).account().actor();
    String serviceText = form(ctx, "service");
    pages.change(ctx, () -> saved(ctx, me, serviceText));
  }

  private String saved(Context ctx, Actor me, String serviceText) {
    ServiceId service = field("/service", () -> ServiceId.of(serviceText));
    List<ItemScore> items = new ArrayList<>();
    for (FidelityItem i : reviews.scale().items()) {
      String score = form(ctx, "item." + i.number());
      if (!score.isEmpty()) {
        items.add(
            new ItemScore(
                i.number(), field("/items/" + i.number(), () -> whole(score)), Optional.empty()));
      }
    }
    List<Pseudonym> reviewers = new ArrayList<>();
    for (String r : form(ctx, "reviewers").split(",", -1)) {
      if (!r.isBlank()) {
        reviewers.add(field("/reviewers", () -> Pseudonym.of(r.strip())));
      }
    }
    List<ActionPlanItem> plan = new ArrayList<>();
    for (int row = 0; row < PLAN_ROWS + 5; row++) {
      String action = form(ctx, "plan." + row + ".action");
      if (action.isEmpty()) {
        continue;
      }
      int r = row;
      plan.add(
          field(
              "/actionPlan/" + row,
              () ->
                  new ActionPlanItem(
                      whole(form(ctx, "plan." + r + ".item")),
                      action,
                      Pseudonym.of(form(ctx, "plan." + r + ".owner")),
                      parseDate(form(ctx, "plan." + r + ".due")))));
    }
    Review review =
        new Review(
            Pseudonym.of(service.value()),
            field("/date", () -> parseDate(form(ctx, "date"))),
            reviewers,
            items);
    StoredReview.Status status =
        "final".equals(form(ctx, "status")) ? StoredReview.Status.FINAL : StoredReview.Status.DRAFT;
    String id = form(ctx, "id");
    if (id.isEmpty()) {
      reviews.create(me, me.organisation(), service, review, status, plan);
    } else {
      String reason = form(ctx, "reason");
      reviews.update(
          me,
          me.organisation(),
          service,
          uuid(id),
          field("/version", () -> whole(form(ctx, "version"))),
          review,
          status,
          reason.isEmpty() ? Optional.empty() : Optional.of(reason),
          plan);
    }
    return "/app/fidelity?service=" + ParticipantPages.pathSegment(serviceText);
  }

  /** The numeric anchor of an item in words, or "" for an item that has none. */
  private static String anchor(int item, Language lang) {
    return IpsAnchors.all().stream()
        .filter(a -> a.item() == item)
        .findFirst()
        .map(a -> a.describe(lang))
        .orElse("");
  }

  static String status(StoredReview.Status s, Language lang) {
    return s == StoredReview.Status.FINAL
        ? (lang == Language.SV ? "fastställd" : "final")
        : (lang == Language.SV ? "utkast" : "draft");
  }

  static ServiceId service(Context ctx, List<Service> services) {
    return Optional.ofNullable(ctx.queryParam("service"))
        .filter(x -> !x.isBlank())
        .map(x -> field("/service", () -> ServiceId.of(x)))
        .orElseGet(
            () ->
                services.stream()
                    .findFirst()
                    .map(Service::id)
                    .orElseThrow(() -> StoredModeException.notFound("no service")));
  }

  static UUID uuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw StoredModeException.notFound("no fidelity review");
    }
  }
}
