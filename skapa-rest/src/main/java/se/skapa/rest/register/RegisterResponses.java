package se.skapa.rest.register;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.skapa.app.register.AfterClosings;
import se.skapa.app.register.EnrolmentId;
import se.skapa.app.register.Spell;
import se.skapa.app.register.StoredSpell;
import se.skapa.app.register.SupportStore;
import se.skapa.core.common.Kronor;
import se.skapa.core.register.Support;

/** The register's answers, one record per shape. */
final class RegisterResponses {

  private RegisterResponses() {}

  /** A job, studies or an intervention: the fields of its kind, the others left out. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SpellView(
      String id,
      String service,
      String participant,
      @Nullable String enrolment,
      int version,
      LocalDate started,
      @Nullable LocalDate ended,
      String kind,
      @Nullable BigDecimal hoursPerWeek,
      @Nullable Long monthlyWage,
      @Nullable Long monthlySubsidy,
      @Nullable String endReason,
      @Nullable Integer extent,
      @Nullable String name,
      @Nullable String provider,
      String recordedBy,
      Instant recordedAt) {

    static SpellView of(StoredSpell s) {
      Spell spell = s.spell();
      String kind = "";
      BigDecimal hours = null;
      Long wage = null;
      Long subsidy = null;
      String reason = null;
      Integer extent = null;
      String name = null;
      String provider = null;
      if (spell instanceof Spell.Work w) {
        kind = w.job().kind().name();
        hours = w.job().hoursPerWeek();
        wage = w.job().monthlyWage().map(Kronor::value).orElse(null);
        subsidy = w.job().monthlySubsidy().map(Kronor::value).orElse(null);
        reason = w.job().endReason().map(Enum::name).orElse(null);
      } else if (spell instanceof Spell.Studies st) {
        kind = st.study().kind().name();
        extent = st.study().extentPercent();
      } else if (spell instanceof Spell.Insats i) {
        kind = i.intervention().group().name();
        name = i.intervention().name();
        provider = i.provider().orElse(null);
      }
      return new SpellView(
          s.id().toString(),
          s.service().value(),
          s.participant().value(),
          s.enrolment().map(EnrolmentId::toString).orElse(null),
          s.version(),
          spell.start(),
          spell.end().orElse(null),
          kind,
          hours,
          wage,
          subsidy,
          reason,
          extent,
          name,
          provider,
          s.recordedBy().value(),
          s.recordedAt());
    }
  }

  record Spells(String participant, List<SpellView> spells) {}

  record History(String id, List<SpellView> versions) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SupportView(String benefit, BigDecimal degree, @Nullable Long monthlyAmount) {
    static SupportView of(Support s) {
      return new SupportView(
          s.source().name(), s.degree(), s.monthlyAmount().map(Kronor::value).orElse(null));
    }

    static List<SupportView> all(List<Support> list) {
      return list.stream().map(SupportView::of).toList();
    }
  }

  record AfterClosingView(
      String enrolment,
      int monthsAfter,
      LocalDate date,
      String status,
      List<SupportView> support,
      String recordedBy,
      Instant recordedAt) {
    static AfterClosingView of(SupportStore.Recorded r) {
      return new AfterClosingView(
          r.enrolment().toString(),
          r.followUp().monthsAfter(),
          r.followUp().date(),
          r.followUp().status().name(),
          SupportView.all(r.followUp().support()),
          r.recordedBy().value(),
          r.recordedAt());
    }
  }

  record AfterClosingList(String enrolment, List<AfterClosingView> followUps) {}

  record DueView(
      String enrolment,
      String service,
      String participant,
      LocalDate closed,
      int monthsAfter,
      LocalDate due,
      boolean overdue) {
    static DueView of(AfterClosings.Due d, LocalDate asOf) {
      return new DueView(
          d.enrolment().toString(),
          d.service().value(),
          d.participant().value(),
          d.closed(),
          d.monthsAfter(),
          d.due(),
          d.due().isBefore(asOf));
    }
  }

  record DueList(String kind, LocalDate asOf, int within, List<DueView> due) {}
}
