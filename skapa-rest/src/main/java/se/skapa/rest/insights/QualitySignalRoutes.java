package se.skapa.rest.insights;

import static se.skapa.rest.http.Params.*;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.skapa.app.ServiceId;
import se.skapa.app.measurement.QualitySignalReports;
import se.skapa.core.common.Language;
import se.skapa.core.common.ValidationException;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.progression.Indicator;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.Respondent;
import se.skapa.core.register.QualitySignals;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;
import se.skapa.rest.responses.Withholding.Count;
import se.skapa.rest.responses.Withholding.ShareView;

/** A service's quality signals: BIP's organisational findings counted for it, beside BIP's own. */
public final class QualitySignalRoutes {

  private static final String ORG = Params.ORGANISATIONS + "/{org}";

  private final QualitySignalReports reports;
  private final InstrumentCatalog catalog;
  private final RequestBodies bodies;

  public QualitySignalRoutes(
      QualitySignalReports reports, InstrumentCatalog catalog, RequestBodies bodies) {
    this.reports = reports;
    this.catalog = catalog;
    this.bodies = bodies;
  }

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.get(ORG + "/services/{service}/quality-signals", Access.MEMBER, this::signals);
  }

  record Score(int score, @Nullable String anchor, Count people) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Trend(String quarter, Count ratings, @Nullable BigDecimal mean) {}

  record Belief(String indicator, String label, List<Score> latest, List<Trend> trend) {}

  record Bip(BigDecimal withAChange, BigDecimal withoutIntervention, String findings) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Answer(
      String service,
      LocalDate from,
      LocalDate to,
      Count participants,
      Count participantMonths,
      Count handledareChanges,
      @Nullable BigDecimal changesPer100ParticipantMonths,
      ShareView withAChange,
      ShareView withoutIntervention,
      ShareView withoutJobFocused,
      Belief belief,
      ShareView followUpBreak,
      int followUpIntervalMonths,
      Bip bip,
      @Nullable String suppression) {}

  private void signals(Context ctx) {
    ReportPeriod period = orderedPeriod(ctx);
    ServiceId service = serviceParam(ctx);
    Instrument instrument =
        catalog.require(
            Optional.ofNullable(ctx.queryParam("instrument")).orElse("skapa"), Optional.empty());
    Indicator belief =
        instrument.indicatorsFor(Respondent.HANDLEDARE).stream()
            .findFirst()
            .orElseThrow(
                () ->
                    ValidationException.of(
                        "/instrument",
                        "respondent",
                        "the instrument has no indicator the handledare rates"));
    QualitySignalReports.Answer a =
        reports.signals(
            actor(ctx),
            org(ctx),
            service,
            instrument.id(),
            belief.key(),
            period.from(),
            period.to());
    QualitySignals q = a.signals();
    Set<String> h = a.withheld();
    int t = a.threshold();
    Language lang = Lang.of(ctx);
    boolean all = h.contains("participants");
    List<Score> scores = new ArrayList<>();
    for (int s = belief.scale().min(); s <= belief.scale().max(); s++) {
      int score = s;
      scores.add(
          new Score(
              score,
              belief.scale().anchor(score).map(x -> x.in(lang)).orElse(null),
              Count.of(q.belief().getOrDefault(score, 0), "belief." + score, h, t)));
    }
    List<Trend> trend =
        q.beliefTrend().stream()
            .map(
                x ->
                    new Trend(
                        x.quarter(),
                        Count.of(x.ratings(), "trend." + x.quarter(), h, t),
                        h.contains("trend." + x.quarter()) ? null : x.mean().orElse(null)))
            .toList();
    bodies.json(
        ctx,
        new Answer(
            service.value(),
            period.from(),
            period.to(),
            Count.of(q.participants(), "participants", h, t),
            Count.of(q.coverage().participantMonths(), "participants", h, t),
            Count.of(q.handledareChanges(), "changes", h, t),
            h.contains("changes") ? null : q.changesPer100Months().orElse(null),
            ShareView.of(q.withAChange(), "withAChange", h, t, all, lang),
            ShareView.of(q.coverage().none(), "none", h, t, all, lang),
            ShareView.of(q.coverage().withoutJobFocused(), "withoutJobFocused", h, t, all, lang),
            new Belief(belief.key(), belief.labels().in(lang), scores, trend),
            ShareView.of(q.followUpBreak(), "followUpBreak", h, t, all, lang),
            (int) a.interval().toTotalMonths(),
            new Bip(
                BigDecimal.valueOf(QualitySignals.BIP_WITH_A_CHANGE * 100).stripTrailingZeros(),
                BigDecimal.valueOf(QualitySignals.BIP_NO_INTERVENTION * 100).stripTrailingZeros(),
                QualitySignals.BIP.in(lang)),
            h.isEmpty() ? null : SmallNumbers.rule(t).in(lang)));
  }
}
